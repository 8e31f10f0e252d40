package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight of one country under a headline on its flow with a partner ("with China", "between Kazakhstan and China")
 * is the count between the two; under a headline that only lists the two countries it stays the country's own.
 */
class HeadlineFlowFreightTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Rail freight with China keeps growing | Kazakhstan's railway carried 12 million tons of cargo in the first half. | 12 million tons | CN KZ
            Грузоперевозки между Казахстаном и Китаем растут | Железные дороги Казахстана перевезли 12 млн тонн грузов за полугодие. | 12 млн тонн | CN KZ
            Қазақстан мен Қытай арасындағы жүк тасымалы өсті | Қазақстан темір жолы жарты жылда 12 млн тонна жүк тасымалдады. | 12 млн тонна | CN KZ
            China and Kazakhstan sign a rail deal | Kazakhstan's railway carried 12 million tons of cargo in the first half. | 12 million tons | KZ
            """)
    void shouldGiveTheHeadlinesPairToFreightOfOneCountry(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
