package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Pattern;
import io.steppewatch.analysis.text.Sentences;

/**
 * The yearly cubic metres of the TAPI pipeline (Turkmenistan–Afghanistan–Pakistan–India) are its design throughput,
 * whatever verb carries them ("designed to ship", "will transport up to", "would deliver", "планируется добывать ... для
 * проекта ТАПИ"): {@code cargo.capacity} of the four countries it links (the gold README, settled 2026-12-03). A
 * sentence of contracts or purchases keeps its trade metric: gas contracted between two countries is trade.
 */
final class TapiThroughput {

    private TapiThroughput() {
    }

    static final List<String> TAPI_COUNTRIES = List.of("AF", "IN", "PK", "TM");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The line's name: "TAPI", "ТАПИ", or its four countries written out. */
    private static final Pattern TAPI = Pattern.compile(
            "\\bTAPI\\b|\\bТАПИ\\b|Turkmenistan[ -–—]+Afghanistan[ -–—]+Pakistan[ -–—]+India"
                    + "|Туркмен\\w*[ -–—]+Афганистан[ -–—]+Пакистан[ -–—]+Инди\\w*"
                    + "|Turkménistan[ -–—]+Afghanistan[ -–—]+Pakistan[ -–—]+Inde", FLAGS);
    /** "the pipeline" named in a sentence of an article about TAPI. */
    private static final Pattern PIPELINE = Pattern.compile("pipeline|газопровод|gazoduc", FLAGS);
    /** Another line the sentence may speak of. */
    private static final Pattern OTHER_LINE = Pattern.compile(
            "Central Asia|China|Line [A-D]|Power of Siberia|Центральная Азия|Китай|\\bChine\\b|Сила Сибири", FLAGS);
    /** Each year. */
    private static final Pattern YEARLY = Pattern.compile(
            "annually|a year|per year|each year|ежегодно|в год|par an|chaque année|/year", FLAGS);
    /** Gas bought or contracted: trade, not the line's throughput. */
    private static final Pattern CONTRACT = Pattern.compile(
            "contract|purchas|buy|bought|контракт|закуп|покуп|achat|achète|acheter", FLAGS);

    /** Whether a figure in cubic metres is TAPI's yearly throughput. */
    static boolean throughput(SurfaceFigure figure, String text, Sentences.Sentence sentence) {
        if (!"m3".equals(figure.unit())) {
            return false;
        }
        String whole = text.substring(sentence.start(), sentence.end());
        if (!YEARLY.matcher(whole).find() || CONTRACT.matcher(whole).find()) {
            return false;
        }
        if (TAPI.matcher(whole).find()) {
            return true;
        }
        return PIPELINE.matcher(whole).find() && !OTHER_LINE.matcher(whole).find() && TAPI.matcher(text).find();
    }
}
