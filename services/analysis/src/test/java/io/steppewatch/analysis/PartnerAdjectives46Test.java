package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A partner named only by its adjective ("Israeli firms", "Estonian companies", "la société canadienne") is a party of
 * the figure that counts its firms or people (decision 6): the gazetteer reads the adjectives of the partners it names
 * (round 46, subjo46).
 */
class PartnerAdjectives46Test {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan looks at foreign defence suppliers | The Kazakh delegation toured the plants of 14 Israeli arms makers during its week-long trip. | 14 | IL
            Uzbekistan courts Baltic investors | A business forum in Tashkent gathered about 60 Estonian companies and their Uzbek partners. | 60 | EE
            Le Kazakhstan signe avec un groupe minier | Kazatomprom a confié à la société canadienne Cameco la conversion de 2 000 tonnes de concentré par an. | 2 000 tonnes | CA
            """)
    void shouldReadThePartnerOfItsAdjective(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).contains(expected);
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
