package io.steppewatch.ingester;

import io.steppewatch.ingester.extract.ArticleExtractor;
import io.steppewatch.ingester.extract.ExtractedPage;

/** The one place the ingester calls the main-text extractor. */
final class PageTextExtractor {

    private final ArticleExtractor extractor = new ArticleExtractor();

    ExtractedPage extract(String html, String baseUrl) {
        return extractor.extract(html, baseUrl);
    }
}
