package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `cargo.capacity` is the freight a line, port or terminal can carry: said with a word of possibility ("it is possible
 * to transport", "pourra faire transiter") or with the noun of capability Russian and Uzbek use for it ("возможности
 * порта", "yuk tashish imkoniyati"), the figure is a capacity, not the freight or containers carried. English "will be
 * able to transport" said of trains with a year is a capacity too since the round-27 decision (a line's yearly ability).
 */
class CapacityInWordsOfPossibilityTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Engineers say it is possible to transport 120,000 TEU a year through the new terminal.                        | 120,000 TEU                  | cargo.capacity
            Le gazoduc relie le Turkménistan à la Chine. Une fois achevé, il pourra faire transiter 25 milliards de mètres cubes par an. | 25 milliards de mètres cubes | cargo.capacity
            Возможности порта могут быть расширены до 500 тыс. контейнеров в год.                                         | 500 тыс. контейнеров         | cargo.capacity
            Terminal har yili 10 million tonnagacha yuk tashish imkoniyatiga ega.                                         | 10 million tonnagacha        | cargo.capacity
            From 2031 the new line will be able to transport up to 14 million tons each year.                          | 14 million tons              | cargo.capacity
            The terminal handled 120,000 TEU last year.                                                                   | 120,000 TEU                  | cargo.containers
            """)
    void shouldReadWordsOfPossibilityAsCapacity(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
