package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gas pipeline named by its four countries (Turkmenistan, Uzbekistan, Kazakhstan, China) is the Central
 * Asia–China gas pipeline: its freight takes every country it runs through (LABEL-FIXES round 27).
 */
class GasPipelineChainTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Поставки газа растут | В прошлом году по газопроводу Туркменистан – Узбекистан – Казахстан – Китай прокачано 38 млрд кубометров газа. | 38 млрд кубометров | TM UZ KZ CN
            Gas supplies grow | Last year 38 billion cubic meters of gas came through the Turkmenistan-Uzbekistan-Kazakhstan-China pipeline. | 38 billion cubic meters | TM UZ KZ CN
            Le gaz vers la Chine | L'an dernier, 38 milliards de mètres cubes de gaz sont passés par le gazoduc Turkménistan-Ouzbékistan-Kazakhstan-Chine. | 38 milliards de mètres cubes | TM UZ KZ CN
            """)
    void shouldGiveThePipelineEveryCountryItRunsThrough(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
