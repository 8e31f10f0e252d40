package io.steppewatch.ingester;

import io.steppewatch.analysis.region.RegionRelevance;
import io.steppewatch.analysis.region.RegionScore;

/** The analysis module's gazetteer of the five countries, behind the ingester's own interface. */
public final class RegionRelevanceFilter implements RelevanceFilter {

    private final RegionRelevance relevance;

    public RegionRelevanceFilter(RegionRelevance relevance) {
        this.relevance = relevance;
    }

    /** The gazetteer and threshold that ship with the product. */
    public static RegionRelevanceFilter withDefaults() {
        return new RegionRelevanceFilter(RegionRelevance.withDefaults());
    }

    @Override
    public Verdict assess(String title, String text) {
        RegionScore score = relevance.score(title, text);
        return new Verdict(score.score(), score.countries(), score.relevant());
    }
}
