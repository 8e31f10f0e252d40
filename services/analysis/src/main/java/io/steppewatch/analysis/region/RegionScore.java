package io.steppewatch.analysis.region;

import java.util.List;

/**
 * How much an article concerns Central Asia.
 *
 * @param score     0 (no mention) to 1 (the region is what the article is about)
 * @param countries the region's countries mentioned (KZ, KG, UZ, TJ, TM), most mentioned first, title weighing more
 * @param relevant  whether the score reaches the relevance threshold, or a Kazakh or Uzbek article names the region
 */
public record RegionScore(double score, List<String> countries, boolean relevant) {

    public RegionScore {
        countries = List.copyOf(countries);
    }
}
