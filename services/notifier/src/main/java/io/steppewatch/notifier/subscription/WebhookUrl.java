package io.steppewatch.notifier.subscription;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Slack incoming-webhook URL. The URL itself is the credential (anyone holding it can post), so this
 * type never prints it: {@link #toString()} and {@link #label()} give a short fingerprint that lets an
 * operator tell webhooks apart in logs without revealing them.
 */
public final class WebhookUrl {

    private final URI uri;
    private final String label;

    private WebhookUrl(URI uri) {
        this.uri = uri;
        this.label = "webhook#" + fingerprint(uri.toString());
    }

    /**
     * Parses and checks a webhook URL. The error message never repeats the value, since it is a secret.
     *
     * @throws IllegalArgumentException when the value is not an absolute http(s) URL with a host
     */
    public static WebhookUrl parse(String value) {
        Objects.requireNonNull(value, "value");
        URI parsed;
        try {
            parsed = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook URL is not a valid URI");
        }
        String scheme = parsed.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("webhook URL must start with https:// (or http:// for a local test server)");
        }
        if (parsed.getHost() == null || parsed.getHost().isEmpty()) {
            throw new IllegalArgumentException("webhook URL has no host");
        }
        return new WebhookUrl(parsed);
    }

    /** The real URL, for the HTTP client only. Never log it. */
    public URI uri() {
        return uri;
    }

    /** A stable, non-reversible name for logs and health reports. */
    public String label() {
        return label;
    }

    /** Removes every occurrence of this URL from a text (exception messages can quote the request URI). */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        return text.replace(uri.toString(), label);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookUrl that && uri.equals(that.uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return label + "(redacted)";
    }

    private static String fingerprint(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
