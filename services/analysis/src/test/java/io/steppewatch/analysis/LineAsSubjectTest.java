package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line's length or capacity whose sentence names no place of its own and has the line for its subject ("La ligne
 * fera 480 kilomètres", "The pipeline would be 300 kilometres long, according to the Turkmen ministry", "Жаңа
 * теміржолдың ұзындығы 450 шақырым"): the countries of the line named before, in the sentences within reach or the
 * lead. Round 47, subj47.
 */
class LineAsSubjectTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le Kirghizistan mise sur le rail | Bichkek et Pékin ont lancé les travaux d'une voie ferrée entre la Chine, le Kirghizistan et l'Ouzbékistan. Les travaux dureront six ans. La ligne fera 480 kilomètres. | 480 kilomètres | CN KG UZ
            Plans for the sea | Turkmenistan and Azerbaijan agreed to build a gas pipeline under the sea, officials said. Talks on financing will go on. The pipeline would be 300 kilometres long, according to the Turkmen energy ministry. | 300 kilometres | AZ TM
            Жаңа жоба | «Қазақстан-Өзбекстан-Қырғызстан» теміржолы салынады. Жоба бойынша жұмыс келесі жылы басталады.\\n\\nЖаңа теміржолдың ұзындығы 450 шақырым болады. | 450 шақырым | KG KZ UZ
            """)
    void shouldGiveALineNamedAsTheSubjectTheCountriesNamedBefore(String title, String body, String figure,
                                                                String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }

    // A sentence that introduces a new line ("Новая железнодорожная линия") and measures a section of it: the line is
    // not the subject pointed back at, the countries of the sentence before are not taken
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Казахстан строит дорогу | Переговоры о железной дороге прошли в Астане и Пекине. Проект обсуждается давно.\\n\\nНовая железнодорожная линия увеличит пропускную способность участка в 4 раза. | 4 раза | KZ
            """)
    void shouldLeaveANewLineThatASentenceIntroduces(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    // The Kazakh spelling of Turkmenistan ("Түркіменстан") beside the Russian prefix туркмен*
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Теміржол | Бұл жолдың 650 шақырымы Түркіменстан аумағы арқылы өтеді. | 650 шақырымы | TM
            """)
    void shouldReadTheKazakhSpellingOfTurkmenistan(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).contains(subjects.split(" "));
    }
}
