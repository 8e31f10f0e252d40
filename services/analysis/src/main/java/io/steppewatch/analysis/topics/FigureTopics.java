package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.TopicDecision;

/**
 * The figures an article states as evidence for its topics. An article that gives a trade figure (a turnover,
 * exports, imports) is about trade even when it says so in words the lexicon does not hold: a ministry's monthly
 * statistics or a table of partners often has more numbers than trade vocabulary, and a corridor story that states
 * what the trade between its countries came to is about that trade too (one figure suffices on the labelled corpus:
 * topic F1 0.941 -> 0.946 dev, 0.913 -> 0.917 holdout against two).
 *
 * <p>Figures of economic cooperation between two parties (investment, joint ventures and projects, companies with
 * a partner's capital, jobs they create) are no trade evidence: a partner's investors opening plants at home is a
 * story of the country's own economy, which the labels give no topic unless the text speaks of the trade itself
 * (decision 11 of round 32, extending decision 7 of round 29 to articles that state such figures). They once decided
 * trade for an article the lexicon left without any topic; dropping that took four wrong trades off the labelled
 * corpus's dev part (in gold-b twice, zb and ze) and one right one (a train-export deal whose only figure read as a
 * joint project's value): topic F1 0.945 -> 0.946 dev, 0.932 -> 0.933 holdout. They still tell that an article's
 * figures do not all {@link #measureOtherThings measure other things}: counting them as such as well cost holdout a
 * right trade or two (0.933 -> 0.932) for one on dev.
 *
 * <p>One product's trade ("exported 20 tonnes of gold to Switzerland") is trade evidence as a trade figure is: the
 * vocabulary leaves it {@code other}, but it is still a flow between the parties of a trade metric, and the labels
 * file an article that states one under trade, Kyrgyz gold exports or Kazakh oil sold to Azerbaijan in a port story
 * (topic F1 0.941 -> 0.945 dev, 0.951 holdout both ways, with the rule that reads tonnes under a product headline as
 * that product's).
 *
 * <p>So is a product's exports that its sentence puts on a pipeline or through a port ("54 million tons of oil were
 * exported through the CPC pipeline"): the figure is the line's freight, but the sentence still speaks of exports, and
 * the labels keep such an article under trade as well as corridors (round 26). It is named {@code figure: cargo.volume
 * (trade.exports)}.
 */
public final class FigureTopics {

    static final String TRADE = "trade";
    static final String OTHER = "other";
    static final int MIN_TRADE_FIGURES = 1;
    /** Bilateral metrics of economic cooperation that are not trade flows. */
    static final Set<String> COOPERATION_METRICS = Set.of("investment.total", "jointventures.count",
            "jointprojects.count", "jointprojects.value", "companies.count", "jobs.count");

    private FigureTopics() {
    }

    /**
     * The lexicon's topics, plus trade when the article states at least {@link #MIN_TRADE_FIGURES} figure of a
     * {@code trade.*} metric and the lexicon did not assign it. Such a decision scores the classifier's threshold
     * and names the metrics as its terms ({@code figure: trade.turnover}); a figure of one of the
     * {@link #COOPERATION_METRICS} decides nothing, whatever topics the lexicon found. A figure of one product's
     * trade counts as a trade figure, named {@code figure: other (trade.exports)}, and so does freight its sentence
     * calls exports or imports ({@code figure: cargo.volume (trade.exports)}).
     */
    public static List<TopicDecision> withFigureEvidence(List<TopicDecision> lexical, List<ExtractedFigure> figures,
                                                         double threshold) {
        return withFigureEvidence(lexical, figures, threshold, f -> false);
    }

    /**
     * As {@link #withFigureEvidence(List, List, double)}, but a figure {@code namedOnly} accepts is no evidence: its
     * sentence names trade only in a name, an office's or a programme's ("the building of the ministry of trade
     * ($64 million)"), so its trade reading rests on whose name it is, not on goods moved
     * ({@link TopicClassifier#tradeNamedOnlyInNames}). Asked only of the figures that would be evidence.
     */
    public static List<TopicDecision> withFigureEvidence(List<TopicDecision> lexical, List<ExtractedFigure> figures,
                                                         double threshold, Predicate<ExtractedFigure> namedOnly) {
        if (lexical.stream().anyMatch(d -> d.topic().equals(TRADE))) {
            return lexical;
        }
        List<String> metrics = figures.stream()
                .filter(f -> evidence(f) != null && !namedOnly.test(f))
                .map(FigureTopics::evidence)
                .toList();
        if (metrics.size() < MIN_TRADE_FIGURES) {
            return lexical;
        }
        List<TopicDecision> topics = new ArrayList<>(lexical);
        topics.add(new TopicDecision(TRADE, threshold,
                metrics.stream().distinct().map(m -> "figure: " + m).toList()));
        return List.copyOf(topics);
    }

    /**
     * Whether the article states figures and none of them is trade evidence or economic cooperation (no trade or
     * cooperation metric, no product's exports or imports): its figures measure other things, output, capacity, a
     * budget.
     */
    public static boolean measureOtherThings(List<ExtractedFigure> figures) {
        return !figures.isEmpty() && figures.stream()
                .allMatch(f -> evidence(f) == null && !COOPERATION_METRICS.contains(f.metric()));
    }

    /** What a figure tells of trade, as the metric a decision names, or null when nothing. */
    private static String evidence(ExtractedFigure figure) {
        String metric = figure.metric();
        if (metric.startsWith(TRADE + ".")) {
            return metric;
        }
        if (OTHER.equals(metric) && figure.relation() != null && figure.relation().startsWith(TRADE + ".")) {
            return OTHER + " (" + figure.relation() + ")";
        }
        if (figure.traded() != null) {
            return metric + " (" + figure.traded() + ")";
        }
        return null;
    }
}
