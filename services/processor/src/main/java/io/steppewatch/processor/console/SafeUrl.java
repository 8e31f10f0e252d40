package io.steppewatch.processor.console;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Article links come from feeds: only http and https URLs become links, anything else is shown as text. */
public final class SafeUrl {

    private SafeUrl() {
    }

    /** The URL when it is an absolute http(s) URL with a host, else null. */
    public static String httpOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }
}
