package io.steppewatch.ingester.extract;

import java.time.Instant;

/**
 * What the extractor reads from one article page.
 *
 * @param title     headline, never null (empty when the page has none)
 * @param text      main text, paragraphs separated by a blank line, never null (empty when nothing was found)
 * @param author    byline as the page states it, or null
 * @param published publication instant, or null when the page does not state one that parses
 * @param language  primary language subtag in lower case ("en", "fr", "ru") from the page's markup, or null
 */
public record ExtractedPage(String title, String text, String author, Instant published, String language) {

    public ExtractedPage {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    static ExtractedPage empty() {
        return new ExtractedPage("", "", null, null, null);
    }
}
