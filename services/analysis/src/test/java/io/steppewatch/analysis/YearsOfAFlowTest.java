package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number of years an investment or a trade ran over is the flow's parties' ("Over the last 12 years, Spain has put
 * $2.1 billion into Kazakhstan's economy": the twelve years are Spain's and Kazakhstan's), not only the country a
 * genitive or a speaker leaves it; years of independence stay one country's own (decision 6 of round 29).
 */
class YearsOfAFlowTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Spain widen their partnership | Over the last 12 years, Spain has invested up to $2.1 billion in Kazakhstan's economy. | 12 years | ES KZ
            Central Asian leaders meet in Astana | Over the last six years, mutual trade between the Central Asian countries has risen from $5.2bn to $10.4bn. | six years | KG KZ TJ TM UZ
            Ташкент и Эр-Рияд подписали соглашения | Стороны подписали меморандум о намерении саудовских компаний инвестировать 8 миллиардов долларов в энергетику Узбекистана в ближайшие 4 года. | 4 года | SA UZ
            """)
    void shouldGiveTheYearsOfAFlowTheFlowsParties(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
