package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;

/**
 * The years a flow between parties ran over are those parties' (decision 6 of round 29: an `other` figure takes the
 * parties of what it counts). "in the last 20 years a European state put $7 billion into Kazakhstan",
 * "over five years, trade among the region's states doubled to $11 billion", "намерении
 * саудовской стороны инвестировать 10 миллиардов долларов ... в ближайшие 5 лет": the number of years measures the
 * span of the investment or the trade its sentence states, so it takes that figure's parties, not only the one country
 * a speaker's "our economy" or the sentence's genitive leaves it. Years "of independence" are one country's own age and
 * are left alone. Runs over an article's annotated figures once they are all known; changes only `other` figures in
 * years. Stateless.
 */
final class YearsOfAFlow {

    private YearsOfAFlow() {
    }

    /** The metrics of a flow between parties whose span a number of years may give. */
    private static final Set<String> FLOWS = Set.of("trade.turnover", "trade.exports", "trade.imports",
            "investment.total");

    /** "20 years of independence", "за годы независимости", "mustaqillik yillari": a country's own age. */
    private static final Pattern INDEPENDENCE = Pattern.compile("(?:independence|indépendance|независимост|mustaqillik"
            + "|мустақиллик|тәуелсізд)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The figures with each `other` number of years of a flow's sentence given the flow's parties. */
    static List<ExtractedFigure> withFlowParties(List<ExtractedFigure> figures) {
        List<ExtractedFigure> result = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure years = figures.get(i);
            if (!"years".equals(years.unit()) || !"other".equals(years.metric()) || years.offset() < 0) {
                continue;
            }
            ExtractedFigure flow = nearestFlow(figures, i);
            if (flow == null || flow.subjects().size() < 2 || flow.subjects().equals(years.subjects())
                    || INDEPENDENCE.matcher(years.sentence()).find()) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, years.withSubjects(flow.subjects()));
        }
        return result == null ? figures : result;
    }

    /** The flow figure of the same sentence nearest to figure {@code i}, or null. */
    private static ExtractedFigure nearestFlow(List<ExtractedFigure> figures, int i) {
        ExtractedFigure years = figures.get(i);
        ExtractedFigure best = null;
        int distance = Integer.MAX_VALUE;
        for (int k = 0; k < figures.size(); k++) {
            ExtractedFigure f = figures.get(k);
            if (k == i || f.offset() < 0 || !FLOWS.contains(f.metric()) || !f.sentence().equals(years.sentence())) {
                continue;
            }
            int d = Math.abs(f.offset() - years.offset());
            if (d < distance) {
                distance = d;
                best = f;
            }
        }
        return best;
    }
}
