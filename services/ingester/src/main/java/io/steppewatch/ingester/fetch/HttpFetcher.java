package io.steppewatch.ingester.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import crawlercommons.robots.BaseRobotRules;

/**
 * The only way the ingester reaches the outside world. Every request, and every redirect hop:
 * <ul>
 *   <li>is http or https (a file: URL only as a configured feed, never as a redirect target);</li>
 *   <li>has its host resolved by the injected {@link HostResolver} and every address checked by the
 *       {@link AddressPolicy} before anything is sent;</li>
 *   <li>for article pages, is allowed by the site's robots.txt;</li>
 *   <li>waits for its host's turn ({@link HostLimiter}) and honours Retry-After on 429 and 503;</li>
 *   <li>is bounded: connect timeout, a deadline for the whole exchange, body size as transferred and
 *       after decompression, at most {@code maxRedirects} redirects and no loops.</li>
 * </ul>
 * The JDK client connects by host name, so it resolves the name again; a DNS answer that changes between
 * our check and its connect (rebinding) is not caught here, and a deployment that fears it should also
 * block internal ranges at the network level.
 */
public final class HttpFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_ROBOTS_BYTES = 512 * 1024;
    private static final String ROBOT_NAME = "steppewatch";
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final FetchLimits limits;
    private final HostResolver resolver;
    private final AddressPolicy policy;
    private final HostLimiter hostLimiter;
    private final RobotsRules robots;
    private final Clock clock;
    private final HttpClient client;

    public HttpFetcher(FetchLimits limits, HostResolver resolver, Clock clock) {
        this.limits = limits;
        this.resolver = resolver;
        this.policy = AddressPolicy.allowing(limits.allowedCidrs());
        this.clock = clock;
        this.hostLimiter = new HostLimiter(limits.maxPerHost(), limits.minDelay(), limits.maxHostWait(), clock);
        this.robots = new RobotsRules(ROBOT_NAME, uri -> fetch(new FetchRequest(uri, FetchRequest.Purpose.ROBOTS, null, null)), clock);
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                // No proxy: the address checks must be about the host we actually connect to.
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The politeness state, for tests and diagnostics. */
    public HostLimiter hostLimiter() {
        return hostLimiter;
    }

    /**
     * Fetches a URL, following at most {@code maxRedirects} redirects.
     *
     * @return a 2xx response with its decoded body, or a 304 for a conditional feed request
     * @throws FetchException with a reason for anything else
     */
    public FetchResponse fetch(FetchRequest request) throws FetchException, InterruptedException {
        URI current = request.uri();
        if ("file".equalsIgnoreCase(current.getScheme()) && request.purpose() == FetchRequest.Purpose.FEED) {
            return readLocalFeed(request);
        }
        Set<String> visited = new HashSet<>();
        visited.add(current.toString());
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            checkTarget(current, request.purpose());
            Exchange exchange = exchange(current, request);
            int status = exchange.response().statusCode();
            if (REDIRECTS.contains(status)) {
                current = redirectTarget(current, exchange.response().headers());
                if (!visited.add(current.toString())) {
                    throw new FetchException(FetchException.Reason.REDIRECT_LOOP, "redirect loop at " + current);
                }
                continue;
            }
            return finish(request, current, exchange);
        }
        throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS,
                "more than " + limits.maxRedirects() + " redirects from " + request.uri());
    }

    private void checkTarget(URI uri, FetchRequest.Purpose purpose) throws FetchException, InterruptedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Reason.FORBIDDEN_SCHEME, "only http and https may be fetched: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "no host in " + uri);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.UNRESOLVABLE, "cannot resolve " + host, 0, null, e);
        }
        if (addresses.isEmpty()) {
            throw new FetchException(FetchException.Reason.UNRESOLVABLE, "no address for " + host);
        }
        for (InetAddress address : addresses) {
            // All of them: the client may pick any address the name has.
            if (!policy.permits(address)) {
                throw new FetchException(FetchException.Reason.FORBIDDEN_ADDRESS,
                        host + " resolves to " + address.getHostAddress() + ", an internal address");
            }
        }
        if (purpose == FetchRequest.Purpose.PAGE && limits.robots()) {
            BaseRobotRules rules = robots.rulesFor(uri);
            if (!rules.isAllowed(uri.toString())) {
                throw new FetchException(FetchException.Reason.ROBOTS_DISALLOWED, "robots.txt disallows " + uri);
            }
            if (rules.getCrawlDelay() > 0) {
                // A site's Crawl-delay raises our per-host delay for it, up to a ceiling.
                hostLimiter.atLeast(hostKey(uri), Duration.ofMillis(Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis())));
            }
        }
    }

    private record Exchange(HttpResponse<byte[]> response) {
    }

    private Exchange exchange(URI uri, FetchRequest request) throws FetchException, InterruptedException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(uri);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, uri + ": " + e.getMessage(), 0, null, e);
        }
        builder.timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", accept(request.purpose()));
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        String hostKey = hostKey(uri);
        CompletableFuture<HttpResponse<byte[]>> future = null;
        try (HostLimiter.Permit permit = hostLimiter.acquire(hostKey)) {
            future = client.sendAsync(builder.GET().build(), LimitedBodySubscriber.handler(transferLimit(request.purpose())));
            return new Exchange(future.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(FetchException.Reason.TIMEOUT, "no complete response from " + uri + " within "
                    + limits.readTimeout(), 0, null, e);
        } catch (InterruptedException e) {
            if (future != null) {
                future.cancel(true);
            }
            throw e;
        } catch (ExecutionException e) {
            throw translate(uri, e.getCause());
        }
    }

    private static FetchException translate(URI uri, Throwable cause) {
        Throwable t = cause;
        while (t != null) {
            if (t instanceof LimitedBodySubscriber.BodyTooLargeException) {
                return new FetchException(FetchException.Reason.TOO_LARGE, uri + ": " + t.getMessage(), 0, null, cause);
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return new FetchException(FetchException.Reason.TIMEOUT, uri + ": " + t.getMessage(), 0, null, cause);
            }
            t = t.getCause();
        }
        return new FetchException(FetchException.Reason.IO, uri + ": " + cause, 0, null, cause);
    }

    private FetchResponse finish(FetchRequest request, URI uri, Exchange exchange) throws FetchException {
        HttpResponse<byte[]> response = exchange.response();
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status == 304) {
            return new FetchResponse(304, uri, new byte[0], null,
                    headers.firstValue("etag").orElse(request.etag()),
                    headers.firstValue("last-modified").orElse(request.lastModified()));
        }
        if (status == 429 || status == 503) {
            Instant now = clock.instant();
            Instant retryAt = retryAt(headers.firstValue("retry-after").orElse(null), now);
            hostLimiter.deferUntil(hostKey(uri), retryAt);
            throw new FetchException(FetchException.Reason.RATE_LIMITED, uri + " answered " + status + ", retry at " + retryAt,
                    status, retryAt, Duration.between(now, retryAt), null);
        }
        if (status < 200 || status >= 300) {
            throw new FetchException(FetchException.Reason.HTTP_STATUS, uri + " answered " + status, status, null, null);
        }
        byte[] body = decode(uri, headers.firstValue("content-encoding").orElse(""), response.body());
        return new FetchResponse(status, uri, body, headers.firstValue("content-type").orElse(null),
                headers.firstValue("etag").orElse(null), headers.firstValue("last-modified").orElse(null));
    }

    private byte[] decode(URI uri, String contentEncoding, byte[] raw) throws FetchException {
        String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            switch (encoding) {
                case "", "identity":
                    return raw;
                case "gzip", "x-gzip":
                    return readLimited(uri, new GZIPInputStream(new ByteArrayInputStream(raw)));
                case "deflate":
                    // Servers disagree on whether "deflate" is zlib-wrapped; a raw stream has no zlib header.
                    boolean zlib = raw.length > 1 && (raw[0] & 0x0f) == 8 && ((raw[0] & 0xff) * 256 + (raw[1] & 0xff)) % 31 == 0;
                    return readLimited(uri, new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(!zlib)));
                default:
                    throw new FetchException(FetchException.Reason.UNSUPPORTED_ENCODING, uri + " sent Content-Encoding " + encoding);
            }
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.IO, uri + ": cannot decode " + encoding + " body: " + e.getMessage(), 0, null, e);
        }
    }

    private byte[] readLimited(URI uri, InputStream in) throws IOException, FetchException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long max = limits.maxDecompressedBytes();
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > max) {
                    throw new FetchException(FetchException.Reason.DECOMPRESSED_TOO_LARGE,
                            uri + ": body decompresses to more than " + max + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private URI redirectTarget(URI from, HttpHeaders headers) throws FetchException {
        String location = headers.firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new FetchException(FetchException.Reason.HTTP_STATUS, from + " redirects without a Location");
        }
        try {
            URI target = from.resolve(new URI(location.strip().replace(" ", "%20")));
            // Fragments are not sent; dropping them keeps loop detection honest.
            return new URI(target.getScheme(), target.getRawAuthority() == null ? null : target.getAuthority(),
                    target.getPath(), target.getQuery(), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, from + " redirects to a bad URL: " + location, 0, null, e);
        }
    }

    private FetchResponse readLocalFeed(FetchRequest request) throws FetchException {
        Path path;
        try {
            path = Path.of(request.uri());
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, request.uri() + ": " + e.getMessage(), 0, null, e);
        }
        try {
            String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneOffset.UTC));
            if (lastModified.equals(request.lastModified())) {
                return new FetchResponse(304, request.uri(), new byte[0], null, null, lastModified);
            }
            long size = Files.size(path);
            if (size > limits.maxFeedBytes()) {
                throw new FetchException(FetchException.Reason.TOO_LARGE, path + " has " + size + " bytes, limit " + limits.maxFeedBytes());
            }
            return new FetchResponse(200, request.uri(), Files.readAllBytes(path), null, null, lastModified);
        } catch (NoSuchFileException e) {
            throw new FetchException(FetchException.Reason.IO, "no such file: " + path, 0, null, e);
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.IO, path + ": " + e.getMessage(), 0, null, e);
        }
    }

    private static Instant retryAt(String retryAfter, Instant now) {
        Instant fallback = now.plusSeconds(60);
        if (retryAfter == null || retryAfter.isBlank()) {
            return fallback;
        }
        String v = retryAfter.strip();
        Instant at;
        if (v.chars().allMatch(Character::isDigit)) {
            at = now.plusSeconds(Long.parseLong(v.length() > 9 ? "999999999" : v));
        } else {
            try {
                at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return fallback;
            }
        }
        // A server may not park us for more than a day.
        Instant cap = now.plusSeconds(86_400);
        return at.isAfter(cap) ? cap : at.isBefore(now) ? now : at;
    }

    private int transferLimit(FetchRequest.Purpose purpose) {
        return switch (purpose) {
            case FEED -> limits.maxFeedBytes();
            case PAGE -> limits.maxPageBytes();
            case ROBOTS -> MAX_ROBOTS_BYTES;
        };
    }

    private static String accept(FetchRequest.Purpose purpose) {
        return switch (purpose) {
            case FEED -> "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
            case PAGE -> "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
            case ROBOTS -> "text/plain, */*;q=0.1";
        };
    }

    /** Politeness applies per host and port: two ports on one name are treated as two servers. */
    static String hostKey(URI uri) {
        int port = uri.getPort();
        if (port == -1) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
