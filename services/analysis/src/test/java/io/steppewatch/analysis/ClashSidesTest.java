package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Casualties of a clash between two countries' sides take both countries, whichever side's (settled 2026-12-03). */
class ClashSidesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            At least 12 Kyrgyz citizens were killed in the clash on the border with Tajikistan, officials said.      | 12 Kyrgyz   | KG,TJ
            Число погибших граждан Кыргызстана в ходе конфликта на границе с Таджикистаном достигло 12 человек.      | 12 человек  | KG,TJ
            Au moins 12 civils kirghiz ont été tués lors des affrontements à la frontière avec le Tadjikistan.       | 12 civils   | KG,TJ
            """)
    void shouldTakeBothSidesOfTheClash(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
