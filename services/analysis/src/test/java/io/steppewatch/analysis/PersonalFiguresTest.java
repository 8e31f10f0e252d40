package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's own figure in a sentence naming no country (an account's followers, a fortune someone estimates, an
 * income or a salary after "his", "его") takes no subject, not the headline's or the article's main country (the
 * labels: a figure about a person takes no subject). A word of the same letters that is no such figure ("по состоянию
 * на", followers the figure does not count) leaves the country where the other rules put it.
 */
class PersonalFiguresTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Японский миллиардер полетит к Луне | Бизнесмен из Японии выкупил все места на корабле. Журнал оценивает его состояние в $3,1 млрд. | $3,1 млрд
            Умер основатель американского фонда | Финансист основал крупнейший фонд США. При этом состояние самого финансиста оценивалось менее чем в 80 млн долларов. | 80 млн
            Израильский депутат отчитался | Бывший министр переехал в Израиль в 2010 году. Согласно поданной декларации, его доход за год составил 52,3 миллиона рублей. | 52,3 миллиона
            Китайская певица в соцсетях | Певица родилась в Китае и выступает с детства. В одной из соцсетей у неё более 8 млн подписчиков. | 8 млн
            A Chinese singer online | The singer grew up in China and began to perform as a child. On one network she now has over 9 million followers. | 9 million
            British club signs a coach | The coach joined the British club this summer. His yearly bonus could reach 150 per cent of his salary. | 150 per cent
            """)
    void shouldGiveAPersonsOwnFigureNoCountry(String title, String body, String number) {
        assertThat(subjectsOf(title, body, number)).isEmpty();
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Казахстан наращивает добычу | Казахстан увеличил добычу нефти. По состоянию на 1 июля в стране добыто 45 млн тонн. | 45 млн | KZ
            Kazakh preacher jailed | A court in Kazakhstan heard the case this week. The preacher got 12 years in prison for defrauding his followers. | 12 years | KZ
            """)
    void shouldKeepTheCountryOfAFigureThatIsNoPersonsOwn(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactly(expected);
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
