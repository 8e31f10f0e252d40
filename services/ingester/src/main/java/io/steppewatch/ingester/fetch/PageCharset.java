package io.steppewatch.ingester.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes an HTML page: charset from the BOM, the Content-Type header, then the page's meta tags, else UTF-8. */
public final class PageCharset {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    public static String decode(byte[] body, String contentType) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xFE && (body[1] & 0xff) == 0xFF) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xFE) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = contentType == null ? null : find(HEADER_CHARSET, contentType);
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            charset = find(META_CHARSET, head);
        }
        return new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            Charset c = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
            // A page that says UTF-16 in ASCII bytes is not UTF-16.
            return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
