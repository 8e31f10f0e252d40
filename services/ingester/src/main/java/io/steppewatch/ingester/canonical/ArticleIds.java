package io.steppewatch.ingester.canonical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** The ids and hashes that make an article recognisable across feeds, restarts and edits. */
public final class ArticleIds {

    private static final HexFormat HEX = HexFormat.of();

    private ArticleIds() {
    }

    /** Article id: hex of the first 16 bytes of SHA-256 over the canonical URL. */
    public static String idOf(String canonicalUrl) {
        return HEX.formatHex(Arrays.copyOf(sha256(canonicalUrl), 16));
    }

    /** Id of any absolute http(s) URL, canonicalised first. */
    public static String idOfUrl(String url) {
        return idOf(UrlCanonicalizer.canonicalize(url));
    }

    /** Content hash: hex SHA-256 of title and text, so a changed body is noticed. */
    public static String contentHash(String title, String text) {
        return HEX.formatHex(sha256((title == null ? "" : title) + "\n\n" + (text == null ? "" : text)));
    }

    /** Hex SHA-256 of any string. */
    public static String sha256Hex(String value) {
        return HEX.formatHex(sha256(value));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
