package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 29 of round 35: the two levels of a from–to over a span of years take the span's first and last year, in
 * whatever form the span is written and with an approximation sign before the first level ("с ~$6 млрд"); the settled past-N-years bullet (decision 35): a change over "the past decade"
 * or "the past N years" in Kazakh and Uzbek counts the whole years before the year of writing, as in en, ru and fr.
 */
class SpanEndsAndTurkicDecadeTest {

    @ParameterizedTest(name = "\"{0}\" {1}")
    @CsvSource(delimiter = '|', textBlock = """
            В 2016–2021 годах экспорт зерна вырос втрое — с $2 млрд до $6 млрд. | $2 млрд | 2016
            В 2016–2021 годах экспорт зерна вырос втрое — с $2 млрд до $6 млрд. | $6 млрд | 2021
            In 2016–2021, grain exports tripled, from $2 billion to $6 billion. | $2 billion | 2016
            In 2016–2021, grain exports tripled, from $2 billion to $6 billion. | $6 billion | 2021
            В 2016–2021 годах экспорт зерна вырос втрое — с ~$2 млрд до $6 млрд. | $2 млрд | 2016
            Between 2016 and 2021 grain exports tripled, from ~$2 billion to $6 billion. | $2 billion | 2016
            2016-2021 yillarda g'alla eksporti 2 mlrd dollardan 6 mlrd dollargacha oshdi. | 2 mlrd dollardan | 2016
            2016-2021 yillarda g'alla eksporti 2 mlrd dollardan 6 mlrd dollargacha oshdi. | 6 mlrd dollargacha | 2021
            2016–2021 жылдары астық экспорты 2 млрд доллардан 6 млрд долларға дейін өсті. | 2 млрд доллардан | 2016
            2016–2021 жылдары астық экспорты 2 млрд доллардан 6 млрд долларға дейін өсті. | 6 млрд долларға | 2021
            2016–2021 йилларда ғалла экспорти 2 млрд доллардан 6 млрд долларгача ошди. | 6 млрд долларгача | 2021
            Over the past six years (2016-2021), grain exports grew from $2 billion to $6 billion. | $2 billion | 2016
            За последние шесть лет (2016–2021) экспорт зерна вырос с $2 млрд до $6 млрд. | $6 млрд | 2021
            En 2016-2021, les exportations de céréales ont triplé, passant de 2 milliards de dollars à 6 milliards de dollars. | 6 milliards de dollars | 2021
            """)
    void shouldGiveEachEndOfAFromToItsYear(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2025-02-10", text).period()).isEqualTo(period);
    }

    @org.junit.jupiter.api.Test
    void shouldStillDateAnUndatedTextByThePastSpanItWritesOut() {
        String body = "Over the past six years (2016-2021), grain exports grew from $2 billion to $6 billion. "
                + "Last year exports rose by 12% to $6.1 billion.";
        assertThat(AnalyzedFigures.figure(body, null, "$2 billion").period()).isEqualTo("2016");
        assertThat(AnalyzedFigures.figure(body, null, "$6.1 billion").period()).isEqualTo("2021");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Соңғы онжылдықта астық экспорты 3 есе өсті. | 3 есе | 2015-01/2024-12
            Соңғы он жылда астық экспорты 3 есе өсті. | 3 есе | 2015-01/2024-12
            So'nggi o'n yilda g'alla eksporti 3 barobar oshdi. | 3 barobar | 2015-01/2024-12
            So‘nggi o‘n yillikda g'alla eksporti 3 barobar oshdi. | 3 barobar | 2015-01/2024-12
            Сўнгги ўн йилда ғалла экспорти 3 баробар ошди. | 3 баробар | 2015-01/2024-12
            So'nggi besh yilda g'alla eksporti 3 barobar oshdi. | 3 barobar | 2020-01/2024-12
            """)
    void shouldCountTheTurkicPastDecade(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2025-02-10", text).period()).isEqualTo(period);
    }
}
