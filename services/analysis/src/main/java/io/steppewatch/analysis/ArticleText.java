package io.steppewatch.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The text of an article as the analysis sees it. Soft hyphens and zero-width characters are left out of the title and
 * body: pages set them inside words ("Ka&shy;zakh&shy;stan") where they are invisible to a reader, and every rule would
 * read the pieces as separate words.
 *
 * @param id               the article's id (any string; used only to label results)
 * @param title            the headline, may be empty
 * @param body             the main text, may be empty
 * @param published        publication date, or null when unknown (periods such as "last year" then stay unresolved)
 * @param declaredLanguage the language the feed or page declares (ISO 639-1), or null; a hint, detection decides
 */
public record ArticleText(String id, String title, String body, LocalDate published, String declaredLanguage) {

    public ArticleText {
        Objects.requireNonNull(id, "id");
        title = visible(title);
        body = visible(body);
    }

    private static String visible(String text) {
        if (text == null) {
            return "";
        }
        int first = 0;
        while (first < text.length() && !invisible(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!invisible(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Soft hyphen, zero-width space, word joiner and the zero-width no-break space (a stray byte-order mark). */
    private static boolean invisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
