package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Uzbek "yetadi" (will reach) marks a level still to come; "tashkil etadi" (makes up, amounts to) is the present tense
 * of a plain statement, although its verb differs from "yetadi" by one letter in Latin script.
 */
class UzbekFutureVerbTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ikki davlat o‘rtasidagi tovar ayirboshlash hajmi 5 milliard dollarni tashkil etadi.   | 5 milliard dollarni | AMOUNT
            Ikki davlat o‘rtasidagi tovar ayirboshlash hajmi 5 milliard dollarga yetadi.          | 5 milliard dollarga | TARGET
            """)
    void shouldTellAFutureLevelFromAPresentOne(String body, String text, String measure) {
        assertThat(figure(body, text).measure().name()).isEqualTo(measure);
    }
}
