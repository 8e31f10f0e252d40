package io.steppewatch.analysis.eval;

import java.util.List;

/**
 * Scores of the analysis against the gold labels.
 *
 * @param requiredGold      gold figures written in digits (the ones an extractor must find)
 * @param requiredFound     of those, found with the same value and unit
 * @param extracted         figures extracted in digits (number words are a bonus and left out)
 * @param extractedCorrect  of those, matching a gold figure (required or not) in value and unit
 * @param metricGold        required gold figures whose metric is not "other"
 * @param metricRight       of those, found with the same metric
 * @param periodGold        required gold figures
 * @param periodRight       of those, found with the same period (null included)
 * @param bonusGold         gold figures not required (number words, ordinals)
 * @param bonusFound        of those, found with the same value and unit
 * @param seeds             per-seed topics and misses
 */
public record EvaluationResult(int requiredGold, int requiredFound, int extracted, int extractedCorrect,
                               int metricGold, int metricRight, int periodGold, int periodRight,
                               int bonusGold, int bonusFound, List<SeedResult> seeds) {

    /** Topics and figure misses of one seed. */
    public record SeedResult(String doc, List<String> expectedTopics, List<String> actualTopics, String language,
                             String expectedLanguage, List<String> misses) {
        public boolean topicsExact() {
            return expectedTopics.stream().sorted().toList().equals(actualTopics.stream().sorted().toList());
        }
    }

    public double recall() {
        return ratio(requiredFound, requiredGold);
    }

    public double precision() {
        return ratio(extractedCorrect, extracted);
    }

    public double metricAccuracy() {
        return ratio(metricRight, metricGold);
    }

    public double periodAccuracy() {
        return ratio(periodRight, periodGold);
    }

    public boolean everySeedTopicsExact() {
        return seeds.stream().allMatch(SeedResult::topicsExact);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
