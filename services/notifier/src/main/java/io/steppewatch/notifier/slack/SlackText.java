package io.steppewatch.notifier.slack;

import java.util.regex.Pattern;

/**
 * Escaping and fitting of text that came from articles. Slack reads {@code <...>} as a control sequence
 * (links, {@code <!channel>}, {@code <@U123>}), so {@code &}, {@code <} and {@code >} in user text must be
 * sent as entities; Slack shows those three entities as the characters.
 */
public final class SlackText {

    private static final String ELLIPSIS = "…";
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s/?#]+\\S*");

    private SlackText() {
    }

    public static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        appendEscaped(out, raw, Integer.MAX_VALUE);
        return out.toString();
    }

    /**
     * Escapes {@code raw} and cuts it so the escaped result fits in {@code limit} characters, ending with an
     * ellipsis when cut. Never splits an entity or a surrogate pair.
     */
    public static String fit(String raw, int limit) {
        String escaped = escape(raw);
        if (escaped.length() <= limit) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(limit);
        appendEscaped(out, raw, limit - ELLIPSIS.length());
        return out.append(ELLIPSIS).toString();
    }

    /** Cuts already-safe text (our own markup) to {@code limit}, without splitting an entity or a link. */
    public static String cutSafe(String safe, int limit) {
        if (safe.length() <= limit) {
            return safe;
        }
        int end = limit - ELLIPSIS.length();
        int amp = safe.lastIndexOf('&', end - 1);
        if (amp >= 0 && safe.indexOf(';', amp) >= end) {
            end = amp;
        }
        int open = safe.lastIndexOf('<', end - 1);
        if (open >= 0 && safe.indexOf('>', open) >= end) {
            end = open;
        }
        if (end > 0 && Character.isHighSurrogate(safe.charAt(end - 1))) {
            end--;
        }
        return safe.substring(0, end) + ELLIPSIS;
    }

    /**
     * A mrkdwn link {@code <url|label>}; only http(s) URLs become links, anything else is shown as text.
     * The URL is escaped and {@code |} encoded so that it cannot close the link or open another one.
     */
    public static String link(String url, String label, int labelLimit) {
        String safeLabel = fit(label == null || label.isBlank() ? url : label, labelLimit).replace("|", "¦");
        if (url == null || !isWebUrl(url)) {
            return safeLabel;
        }
        String safeUrl = escape(url.strip()).replace("|", "%7C").replace(" ", "%20");
        return "<" + safeUrl + "|" + safeLabel + ">";
    }

    private static boolean isWebUrl(String url) {
        // Only the scheme is checked: whatever follows is escaped, so it cannot break out of the link.
        return WEB_URL.matcher(url.strip()).matches();
    }

    private static void appendEscaped(StringBuilder out, String raw, int limit) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String piece = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            int width = piece == null ? (Character.isHighSurrogate(c) && i + 1 < raw.length() ? 2 : 1) : piece.length();
            if (out.length() + width > limit) {
                return;
            }
            if (piece != null) {
                out.append(piece);
            } else if (width == 2) {
                out.append(c).append(raw.charAt(++i));
            } else {
                out.append(c);
            }
        }
    }
}
