package io.steppewatch.ingester.extract;

import java.net.URI;
import java.util.Locale;

/** Where a link points relative to the page that holds it. */
final class Links {

    /**
     * The hosts of the addresses last asked about, one address per slot of its hash: a page links to the same few
     * sites over and over (its own menus, a share bar under every item), and parsing an address as a URI costs far
     * more than this look-up. Per thread, so the extractor stays lock-free; a fixed size, so it holds no memory that
     * grows with the pages.
     */
    private static final int RECENT_SLOTS = 512;
    private static final ThreadLocal<String[]> RECENT = ThreadLocal.withInitial(() -> new String[2 * RECENT_SLOTS]);

    private Links() {
    }

    /** The page's host without a leading "www.", lower case; empty when the page has no usable address. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String[] recent = RECENT.get();
        int hash = url.hashCode();
        int slot = 2 * ((hash ^ (hash >>> 16)) & (RECENT_SLOTS - 1));
        if (url.equals(recent[slot])) {
            return recent[slot + 1];
        }
        String host = parsedHost(url);
        recent[slot] = url;
        recent[slot + 1] = host;
        return host;
    }

    private static String parsedHost(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : bare(host);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Relative links, and absolute links to the page's own host or a subdomain of it, stay on the same site. */
    static boolean sameSite(String href, String pageHost) {
        String target = href.strip();
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("/") && !target.startsWith("//")) {
            return true;
        }
        if (!target.contains("//")) {
            // mailto:, javascript: and relative paths: not a pointer to another site.
            return !target.regionMatches(true, 0, "http", 0, 4);
        }
        String linkHost = host(target.startsWith("//") ? "http:" + target : target);
        if (linkHost.isEmpty() || pageHost.isEmpty()) {
            return pageHost.isEmpty();
        }
        return linkHost.equals(pageHost) || linkHost.endsWith("." + pageHost) || pageHost.endsWith("." + linkHost);
    }

    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
