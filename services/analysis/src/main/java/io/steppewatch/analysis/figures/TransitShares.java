package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Pattern;
import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;

/**
 * The share of the freight between China and Europe that passes through Kazakhstan ("around 85% of the commodities
 * from China to Europe pass through Kazakhstan", "около 85% товаров из Китая в Европу перевозится через Казахстан",
 * "la part des marchandises passant par le Kazakhstan dans le cadre de l'itinéraire Chine-Europe") takes the traffic's
 * ends, {@code [CN, EU]}, as the traffic itself does, not the country it crosses (the gold README, settled
 * 2026-12-03).
 */
final class TransitShares {

    private TransitShares() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** China to Europe, as a route or a direction. */
    private static final Pattern CHINA_EUROPE = Pattern.compile(
            "from China to Europe|China[ -–—]+Europe|between China and Europe|из Китая в Европу|Китай[ -–—]+Европа"
                    + "|между Китаем и Европой|de (?:la )?Chine (?:vers|en|à destination de) l['’]?Europe"
                    + "|Chine[ -–—]+Europe|entre la Chine et l['’]Europe", FLAGS);
    /** Through Kazakhstan. */
    private static final Pattern THROUGH_KAZAKHSTAN = Pattern.compile(
            "(?:through|via|across|transits?) Kazakhstan|через (?:территорию )?Казахстан|par le Kazakhstan"
                    + "|via le Kazakhstan|à travers le Kazakhstan", FLAGS);

    /** The traffic's ends for such a share, or the subjects given. */
    static List<String> of(List<String> subjects, SurfaceFigure figure, Measure measure, String text,
                           Sentences.Sentence sentence) {
        if (measure != Measure.SHARE || !"percent".equals(figure.unit()) || !subjects.contains("KZ")) {
            return subjects;
        }
        String whole = text.substring(sentence.start(), sentence.end());
        if (CHINA_EUROPE.matcher(whole).find() && THROUGH_KAZAKHSTAN.matcher(whole).find()) {
            return List.of("CN", "EU");
        }
        return subjects;
    }
}
