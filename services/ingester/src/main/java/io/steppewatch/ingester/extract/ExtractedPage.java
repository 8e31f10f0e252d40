package io.steppewatch.ingester.extract;

import java.time.Instant;

import io.steppewatch.avro.DatePrecision;

/**
 * What the extractor reads from one article page.
 *
 * @param title     headline, never null (empty when the page has none)
 * @param text      main text, paragraphs separated by a blank line, never null (empty when nothing was found); this
 *                  and the title and author are in Unicode's composed form (NFC)
 * @param author    byline as the page states it, or null
 * @param published publication instant, or null when the page does not state one that parses
 * @param language  primary language subtag in lower case ("en", "fr", "ru") from the page's markup, or null
 * @param publishedPrecision MONTH or YEAR when the page gives only that ({@code published} is then the first
 *                  day of it), null when it gives a day or a time
 */
public record ExtractedPage(String title, String text, String author, Instant published, String language,
                            DatePrecision publishedPrecision) {

    public ExtractedPage {
        // Composed here as well as where paragraphs are rendered: titles, bylines and a JSON-LD body in plain text
        // come from the page's metadata, not through the renderer.
        title = title == null ? "" : ComposedText.of(title);
        text = text == null ? "" : ComposedText.of(text);
        author = ComposedText.of(author);
    }

    public ExtractedPage(String title, String text, String author, Instant published, String language) {
        this(title, text, author, published, language, null);
    }

    static ExtractedPage empty() {
        return new ExtractedPage("", "", null, null, null);
    }
}
