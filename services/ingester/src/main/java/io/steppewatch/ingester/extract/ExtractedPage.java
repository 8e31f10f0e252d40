package io.steppewatch.ingester.extract;

import java.time.Instant;

import io.steppewatch.avro.DatePrecision;

/**
 * What the extractor reads from one article page.
 *
 * @param title     headline, never null (empty when the page has none)
 * @param text      main text, paragraphs separated by a blank line, never null (empty when nothing was found)
 * @param author    byline as the page states it, or null
 * @param published publication instant, or null when the page does not state one that parses
 * @param language  primary language subtag in lower case ("en", "fr", "ru") from the page's markup, or null
 * @param publishedPrecision MONTH or YEAR when the page gives only that ({@code published} is then the first
 *                  day of it), null when it gives a day or a time
 */
public record ExtractedPage(String title, String text, String author, Instant published, String language,
                            DatePrecision publishedPrecision) {

    public ExtractedPage {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    public ExtractedPage(String title, String text, String author, Instant published, String language) {
        this(title, text, author, published, language, null);
    }

    static ExtractedPage empty() {
        return new ExtractedPage("", "", null, null, null);
    }
}
