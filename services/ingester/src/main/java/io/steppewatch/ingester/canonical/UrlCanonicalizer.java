package io.steppewatch.ingester.canonical;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises an article URL so that the same page reached through different links (two feeds, tracking
 * parameters, upper-case host, explicit default port, fragment) has one spelling, hence one id.
 */
public final class UrlCanonicalizer {

    /** Parameters that only say how a reader arrived, never which page they see. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
            "vero_id", "rb_clickid", "ncid", "cmpid", "ocid");

    private UrlCanonicalizer() {
    }

    /**
     * Returns the canonical spelling of an absolute http(s) URL.
     *
     * @throws IllegalArgumentException when the URL is not an absolute http or https URL
     */
    public static String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty URL");
        }
        URI uri;
        try {
            uri = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null && uri.getAuthority() != null) {
            // java.net.URI leaves the host empty for internationalised names (кириллица.kz): convert them.
            URI ascii = asciiAuthority(uri, url);
            host = ascii.getHost();
            port = ascii.getPort();
            uri = ascii;
        }
        if (host == null) {
            throw new IllegalArgumentException("URL without host: " + url);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.normalize().getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        StringBuilder out = new StringBuilder(url.length());
        out.append(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(upperCasePercentEscapes(path));
        String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static URI asciiAuthority(URI uri, String original) {
        String authority = uri.getAuthority();
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        int colon = hostPort.lastIndexOf(':');
        String name = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        try {
            String asciiName = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
            return new URI(uri.getScheme() + "://" + asciiName + port + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("bad host in URL: " + original, e);
        }
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("utm_") || TRACKING_PARAMETERS.contains(lower)) {
                continue;
            }
            kept.add(new String[] {upperCasePercentEscapes(name), eq < 0 ? null : upperCasePercentEscapes(pair.substring(eq + 1))});
        }
        // Stable sort by name only keeps the order of repeated parameters, which some sites give meaning to.
        kept.sort(Comparator.comparing(p -> p[0]));
        StringBuilder out = new StringBuilder();
        for (String[] p : kept) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(p[0]);
            if (p[1] != null) {
                out.append('=').append(p[1]);
            }
        }
        return out.toString();
    }

    private static String upperCasePercentEscapes(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i + 2 < out.length(); i++) {
            if (out.charAt(i) == '%') {
                out.setCharAt(i + 1, Character.toUpperCase(out.charAt(i + 1)));
                out.setCharAt(i + 2, Character.toUpperCase(out.charAt(i + 2)));
            }
        }
        return out.toString();
    }
}
