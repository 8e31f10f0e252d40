package io.steppewatch.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A figure stated by an article.
 *
 * @param value    the number, scaled ("23,6 milliards" is 2.36e10)
 * @param unit     USD, EUR, RUB, KZT, CNY, GBP, ... (ISO 4217), or percent, count, t, km, TEU, rank, years
 * @param measure  amount, change, share or target
 * @param metric   a metric of the vocabulary (trade.turnover, ...) or {@code other}
 * @param subjects countries (ISO 3166 alpha-2), blocs (EU, EAEU, CSTO) or corridors (INSTC, TITR), sorted
 * @param period   ISO 8601 year, month, day or range ("2022-01/2022-11"), or null when the text gives none
 * @param text     the exact text of the figure in the body
 * @param sentence the sentence it comes from
 * @param offset   char offset of {@code text} in the body as {@link ArticleText} holds it (without soft hyphens and
 *                 zero-width characters), or -1 for a figure of the title
 * @param relation the metric whose parties the subjects are: the metric itself, or for a figure the vocabulary does
 *                 not measure, the metric of its sentence that named them ("exported 20 tonnes of gold to Switzerland"
 *                 is {@code other}, between the parties of {@code trade.exports})
 * @param traded   for freight that its sentence also calls exports or imports ("54 million tons of oil were exported
 *                 through the CPC pipeline" is {@code cargo.volume}), that {@code trade.*} metric: the figure measures
 *                 the line's freight, but it still tells that the article speaks of trade; null for any other figure
 */
public record ExtractedFigure(double value, String unit, Measure measure, String metric, List<String> subjects,
                              String period, String text, String sentence, int offset, String relation,
                              String traded) {

    public ExtractedFigure {
        subjects = List.copyOf(subjects);
    }

    /** A figure that is no trade flow read as freight. */
    public ExtractedFigure(double value, String unit, Measure measure, String metric, List<String> subjects,
                           String period, String text, String sentence, int offset, String relation) {
        this(value, unit, measure, metric, subjects, period, text, sentence, offset, relation, null);
    }

    /** A figure whose parties are those of its own metric. */
    public ExtractedFigure(double value, String unit, Measure measure, String metric, List<String> subjects,
                           String period, String text, String sentence, int offset) {
        this(value, unit, measure, metric, subjects, period, text, sentence, offset, metric);
    }

    /** This figure with other parties, everything else kept (a post-pass that widens or narrows the subjects). */
    public ExtractedFigure withSubjects(List<String> other) {
        return new ExtractedFigure(value, unit, measure, metric, other, period, text, sentence, offset, relation,
                traded);
    }

    /** This figure read with another metric, and the parties' relation it takes (a post-pass that re-reads it). */
    public ExtractedFigure withMetric(String otherMetric, String otherRelation) {
        return new ExtractedFigure(value, unit, measure, otherMetric, subjects, period, text, sentence, offset,
                otherRelation, traded);
    }

    /** This figure with another period. */
    public ExtractedFigure withPeriod(String other) {
        return Objects.equals(other, period) ? this
                : new ExtractedFigure(value, unit, measure, metric, subjects, other, text, sentence, offset, relation,
                        traded);
    }
}
