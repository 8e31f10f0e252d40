package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 29 of round 35 in Uzbek and Kazakh: a span of years written with a dash before the plural of "year"
 * ("2011-2020 йилларда", "2011-2020 yillarda", "2010-2020 жылдары") is the span, not the decade of its second year,
 * and the two ends of a "from ... to" over it each take their own year also when the end is a dative that a verb of
 * reaching or growing follows ("500 миллион доллардан ... 1,25 миллиард долларга етди"), with the multiple between
 * them or not; the multiple keeps the span. A year ending in 0 alone before the plural is still a decade.
 */
class TurkicSpanEndsPeriodTest {

    private static final String UZ_CYRILLIC = "2011-2020 йилларда Ўзбекистоннинг Туркия билан савдоси 2,5 баравар ошди"
            + " ва 500 миллион доллардан 1,25 миллиард долларга етди.";
    private static final String UZ_LATIN = "2011-2020 yillarda O'zbekistonning Turkiyaga eksporti 200 million dollardan"
            + " deyarli 4,5 barobar o'sib 900 million dollarga yetdi.";
    private static final String KK = "2010-2020 жылдары Қазақстанның Түркияға экспорты 1 млрд доллардан 3 млрд"
            + " долларға жетті.";

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            uz-cyrl | 2,5 баравар | 2011-01/2020-12
            uz-cyrl | 500 миллион доллардан | 2011
            uz-cyrl | 1,25 миллиард долларга | 2020
            uz-latn | 200 million dollardan | 2011
            uz-latn | 4,5 barobar | 2011-01/2020-12
            uz-latn | 900 million dollarga | 2020
            kk | 1 млрд доллардан | 2010
            kk | 3 млрд долларға | 2020
            """)
    void shouldDateTheEndsOfAChangeOverASpanOfYears(String text, String figure, String period) {
        String body = switch (text) {
            case "uz-cyrl" -> UZ_CYRILLIC;
            case "uz-latn" -> UZ_LATIN;
            default -> KK;
        };
        assertThat(AnalyzedFigures.figure(body, null, figure).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1990-йилларда Ўзбекистоннинг Туркия билан савдоси 50 миллион долларга етди.
            """)
    void shouldKeepADecadeUndated(String body) {
        assertThat(AnalyzedFigures.figure(body, null, "50 миллион").period()).isNull();
    }
}
