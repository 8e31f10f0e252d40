package io.steppewatch.analysis.figures;

import java.util.HashSet;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;

/**
 * Gas that one country sends another, counted in cubic metres, whatever word of carriage or transit says so ("Russian
 * gas sent through Kazakhstan to Uzbekistan came to 4 bcm", "в Узбекистан планируется направлять до 3
 * млрд кубометров в год"): team a's written exception, kept by LABEL-FIXES "energy sold for money" and by the
 * round-26 decision on oil in tonnes ("gas supplied by one country to another in cubic metres is `trade.exports`",
 * seller first, whatever way it takes; gold-zj's second read: the transit country is the way, not a party). What a
 * named pipeline or terminal carries stays its freight ("the Central Asia–China pipeline transported 270 bcm"), and so
 * does gas sent from a region ("transported from Central Asia to China"), where no two countries are named.
 */
final class GasBetweenCountries {

    private static final String CARGO_VOLUME = "cargo.volume";

    private GasBetweenCountries() {
    }

    /**
     * Whether a figure read as freight is gas sent from one country to another: cubic metres, gas named in the
     * sentence, no pipeline, port, terminal or corridor named there, and two countries or more named there.
     */
    static boolean sentBetweenCountries(String metric, SurfaceFigure figure, FigureContext context,
                                        Sentences.Sentence sentence) {
        if (!CARGO_VOLUME.equals(metric) || !"m3".equals(figure.unit()) || sentence == null
                || !FigureContext.hasCue(context, sentence, "gas") || FigureContext.hasCue(context, sentence, "conduit")) {
            return false;
        }
        Set<String> countries = new HashSet<>();
        for (Mention mention : context.mentionsIn(sentence.start(), sentence.end())) {
            if (mention.kind() == PlaceKind.CORRIDOR) {
                return false;
            }
            if (mention.kind() == PlaceKind.COUNTRY) {
                countries.add(mention.code());
            }
        }
        return countries.size() >= 2;
    }
}
