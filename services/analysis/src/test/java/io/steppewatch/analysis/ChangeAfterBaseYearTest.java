package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change stated right after a sentence that goes back to the year before the text's year, to give the base, is of the
 * text's year (round 45, per45): "In 2025 ... reached N. In 2024, M. Thus the growth was X%". Not when the base
 * sentence tells a change of its own (it narrates that year), nor when the text's year is not over by the
 * publication date (a plan or goal for this year, with last year's result after it).
 */
class ChangeAfterBaseYearTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Выпуск цемента в 2023 году составил 9,1 млн тонн. В 2022 году завод выпустил 7 млн тонн. Таким образом, выпуск увеличился на 30%.            | 2024-01-15 | 30%           | 2023
            Copper output reached 610,000 tonnes in 2021. In 2020 the mines produced 500,000 tonnes. Output thus grew by 22 percent.                   | 2022-02-03 | 22 percent    | 2021
            En 2019, les ventes de blé ont atteint 1,2 million de tonnes. En 2018, elles étaient de 0,8 million de tonnes. Elles ont donc progressé de 50 %. | null | 50 %          | 2019
            Copper output reached 610,000 tonnes in 2021. In 2020 output rose to 500,000 tonnes. It grew by 12 percent.                               | 2022-02-03 | 12 percent    | 2020
            The sides want to lift trade to $2 billion in 2022. In 2021 trade reached $1.5 billion. It grew by 20 percent.                             | 2022-03-10 | 20 percent    | 2021
            """)
    void shouldDateTheChangeByTheTextsYear(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
