package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare number (no unit, no counted noun) that the words next to it in its clause say counts people (the killed,
 * the wounded, the detained, people) is a count of them, metric {@code other}, as the labels count casualties and
 * arrests; a bare number with no such word stays out.
 */
class PeopleCountsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Clashes on the Kyrgyz-Tajik border | Three Tajiks were killed and 31 were injured in the clashes on the border with Kyrgyzstan. | 31
            Clashes on the Kyrgyz-Tajik border | Kyrgyz officials said on Sunday that 13 more bodies had been found near the border with Tajikistan. | 13 more bodies
            Terrorism in Kazakhstan | Kazakhstan's security committee said 6 were convicted of terrorism last year. | 6
            Столкновения на кыргызско-таджикской границе | По данным Бишкека, в Баткенской области ранены 31 и погибли 13. | 31
            Терроризм в Казахстане | КНБ Казахстана сообщил, что в Алматы задержаны 4 по подозрению в терроризме. | 4
            Heurts à la frontière kirghizo-tadjike | Selon Bichkek, 31 ont été blessés dans les affrontements à la frontière avec le Tadjikistan. | 31
            Terrorisme au Kazakhstan | Le comité de sécurité du Kazakhstan a annoncé que 6 ont été arrêtés à Almaty. | 6
            """)
    void shouldCountPeopleWhenABareNumberStandsNextToACasualtyOrPersonWord(String title, String body, String figure) {
        List<ExtractedFigure> found = AnalyzedFigures.figuresWithText(title, body, figure);
        assertThat(found).as("figure '%s'", figure).hasSize(1);
        assertThat(found.get(0).unit()).isEqualTo("count");
        assertThat(found.get(0).metric()).isEqualTo("other");
        assertThat(found.get(0).value()).isEqualTo(Double.parseDouble(figure.split(" ")[0]));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz-Tajik border talks | The commission of Kyrgyzstan and Tajikistan listed 31 while officials waited at the border. | 31
            Kyrgyz-Tajik border talks | The commission of Kyrgyzstan and Tajikistan listed 31, and people waited at the border. | 31
            Переговоры по границе | Комиссия Кыргызстана и Таджикистана отметила 31, а люди ждали на границе; погибли позже. | 31
            Négociations sur la frontière | La commission du Kirghizistan et du Tadjikistan a relevé 31, puis des personnes ont attendu. | 31
            """)
    void shouldLeaveOutABareNumberWhenNoPersonWordStandsInItsClause(String title, String body, String figure) {
        assertThat(AnalyzedFigures.figuresWithText(title, body, figure)).isEmpty();
    }
}
