package io.steppewatch.ingester.extract;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What class names, ids and roles say about a block. Sites name their containers after what they hold, so
 * "comment", "share" or "related" predict boilerplate and "article", "content" or "story" predict the text.
 * These are general naming habits, not the markup of any one site.
 */
final class ClassHints {

    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent"
                    + "|outbrain|taboola|recommend|trending|most-?popular|most-?read");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr"
                    + "|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
                    + "|sponsor|shopping|tags|tool|widget|newsletter|subscribe|recirc|trending|popular");
    private static final Pattern SHARE = Pattern.compile("(?i)share|sharing|social");
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|credit");
    private static final Pattern MEDIA = Pattern.compile("(?i)image|photo|picture|gallery|slider|carousel|slideshow");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)byline|dateline|timestamp|author|publish|posted|updated|date|post-?meta|entry-?meta|article-?meta"
                    + "|tags|keywords|categor");
    private static final Pattern BOILERPLATE_ROLE = Pattern.compile(
            "(?i)^(menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search)$");

    private ClassHints() {
    }

    static String names(Element element) {
        return element.className() + " " + element.id();
    }

    static boolean unlikely(Element element) {
        String names = names(element);
        if (names.isBlank()) {
            return false;
        }
        return UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
    }

    static boolean boilerplateRole(Element element) {
        String role = element.attr("role");
        return !role.isEmpty() && BOILERPLATE_ROLE.matcher(role).matches();
    }

    static boolean share(Element element) {
        String names = names(element);
        return !names.isBlank() && SHARE.matcher(names).find();
    }

    static boolean caption(Element element) {
        String names = names(element);
        return !names.isBlank() && CAPTION.matcher(names).find();
    }

    static boolean media(Element element) {
        String names = names(element);
        return !names.isBlank() && MEDIA.matcher(names).find();
    }

    static boolean byline(Element element) {
        String names = names(element);
        return !names.isBlank() && BYLINE.matcher(names).find();
    }

    /** +25 for each of class and id that reads like content, -25 for each that reads like boilerplate. */
    static int weight(Element element) {
        return weight(element.className()) + weight(element.id());
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(name).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(name).find()) {
            weight += 25;
        }
        return weight;
    }
}
