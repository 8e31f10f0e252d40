package io.steppewatch.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The text of an article as the analysis sees it.
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
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }
}
