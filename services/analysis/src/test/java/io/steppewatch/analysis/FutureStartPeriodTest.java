package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A start still to come ("с 2027 года", "начиная с 1 июля 2027 года", "2027 жылдан бастап", "2027 yildan boshlab" in a
 * text of 2025) is the time from which a foreseen level holds, as "starting in 2027" and "à partir de 2027" already
 * were: the level takes that year (its month when the start names one), not a span from the start to the publication
 * month (a span that would end before it began) nor nothing as a comparison base (decision 28: a goal takes the year
 * the text gives it). A start already past keeps its span to the publication month.
 */
class FutureStartPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Поставки туркменского газа в Казахстан планируется увеличить до 4 млрд кубометров в год с 2027 года. | 4 млрд кубометров | 2025-06-10 | 2027
            Начиная с 1 июля 2027 года объем перевозок по новой линии планируется довести до 5 млн тонн. | 5 млн тонн | 2025-06-10 | 2027-07
            С 2027 года экспорт зерна из Казахстана в Китай должен вырасти до 3 млн тонн. | 3 млн тонн | 2025-06-10 | 2027
            2027 жылдан бастап Қытайға астық экспорты 3 млн тоннаға дейін жеткізіледі. | 3 млн тоннаға | 2025-06-10 | 2027
            2027 yildan boshlab Afg'onistonga yuk tashish hajmi 4 mln tonnagacha oshiriladi. | 4 mln tonnagacha | 2025-06-10 | 2027
            С 2021 года товарооборот между странами вырос на 40%. | 40% | 2025-06-10 | 2021-01/2025-06
            """)
    void shouldDateAForeseenLevelByTheStartStillToCome(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
