package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Uzbek writes some words of a figure apart from its number: the counter "ta" (or "nafar" for people) before what is
 * counted, a case ending before a word of degree ("200 ga yaqin", about 200), the dative after a percent sign
 * ("12,5% ga", by 12.5%). The count keeps its noun, and the percentage is a change, as when the ending is glued on.
 */
class UzbekWordsApartTest {

    /** An opening sentence that makes the body plainly Uzbek for the language detector. */
    private static final String OPENING = "Oʻzbekiston Respublikasi Statistika agentligi maʼlumotlariga koʻra, tashqi"
            + " savdo aylanmasi yil boshidan buyon oʻsishda davom etmoqda va bu haqda vazirlik xabar berdi. ";

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            O‘tgan yili respublika 185 ta mamlakat bilan tovar ayirboshladi.           | 185 ta mamlakat      | 185
            Mamlakat dunyoning 200 ga yaqin davlati bilan savdo qilmoqda.               | 200 ga yaqin davlati | 200
            Hozirgi kunda viloyatda 75 nafar chet ellik muhandis ishlamoqda.            | 75 nafar chet        | 75
            """)
    void shouldKeepTheCountedNounPastAWordWrittenApart(String sentence, String text, double value) {
        ExtractedFigure found = figure(OPENING + sentence, text);
        assertThat(found.unit()).isEqualTo("count");
        assertThat(found.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Eksport hajmi oʻtgan yilga nisbatan 12,5% ga koʻpaydi.  | 12,5%
            Import hajmi oʻtgan yilga nisbatan 7,5 % ga kamaydi.    | 7,5 %
            """)
    void shouldReadAPercentageWithItsEndingApartAsAChange(String sentence, String text) {
        ExtractedFigure found = figure(OPENING + sentence, text);
        assertThat(found.measure()).isEqualTo(Measure.CHANGE);
    }
}
