package io.steppewatch.ingester.testing;

import java.util.List;

/** Small RSS documents and article pages for tests and benches. */
public final class FeedFixtures {

    private FeedFixtures() {
    }

    /** One RSS item. */
    public record Item(String title, String link, String description, String pubDate) {
    }

    public static String rss(String title, List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>http://example.org/</link><description>test</description>\n");
        for (Item i : items) {
            xml.append("<item><title>").append(i.title()).append("</title><link>").append(escape(i.link()))
                    .append("</link><description>").append(escape(i.description())).append("</description>");
            if (i.pubDate() != null) {
                xml.append("<pubDate>").append(i.pubDate()).append("</pubDate>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** A news page with a headline and a few paragraphs of body, between navigation and footer. */
    public static String page(String headline, String body) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(headline).append(" | Steppe Daily</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
                        + " <a href=\"/sport\">Sport</a></nav><article><h1>").append(headline).append("</h1>");
        for (int p = 0; p < 4; p++) {
            html.append("<p>").append(body).append(" Paragraph ").append(p + 1)
                    .append(" gives more detail on trade, transport and the corridor through the Caspian region, "
                            + "with figures from officials and analysts in Astana and Tashkent.</p>");
        }
        return html.append("</article><footer>© Steppe Daily. All rights reserved.</footer></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
