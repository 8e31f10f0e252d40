package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is counted at the border a headline names by its two sides (vehicles, people, days of a queue) passes between
 * both sides, though the body's sentence names one of them (decision 6 of round 29: a crossing of their common border
 * takes both).
 */
class HeadlineBorderSidesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            На казахстанско-кыргызской границе снова очередь из грузовиков | «Уже четыре дня ни один грузовик не проехал на кыргызскую сторону», — рассказали водители. | четыре дня | KG KZ
            Қазақ-өзбек шекарасында жүк көліктері кезекте тұр | Қазір Өзбекстан жағына қарай сағатына 6-7 көлік өтіп жатыр. | 6 | KZ UZ
            Қырғызстанмен шекарада ұзын кезек тұр | Қазақстандағы "Қордай" өткізу пунктінен тәулігіне 15 мың адам өтеді. | 15 мың адам | KG KZ
            """)
    void shouldGiveACountAtTheHeadlinesBorderBothSides(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan reinforces its border | Kazakhstan has sent about 300 more border guards to the southern regions. | 300 | KZ
            """)
    void shouldLeaveACountUnderAHeadlineNamingNoSecondSide(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
