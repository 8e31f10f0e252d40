package io.steppewatch.analysis;

import java.util.List;

/**
 * The analysis of one article.
 *
 * @param language  detected language, ISO 639-1, or null when undecided
 * @param topics    the assigned topics only, highest score first
 * @param countries country (ISO 3166 alpha-2) and bloc/corridor codes mentioned, most mentioned first
 * @param figures   the figures stated in the body, in text order
 */
public record Analysis(String language, List<TopicDecision> topics, List<String> countries,
                       List<ExtractedFigure> figures) {

    public Analysis {
        topics = List.copyOf(topics);
        countries = List.copyOf(countries);
        figures = List.copyOf(figures);
    }
}
