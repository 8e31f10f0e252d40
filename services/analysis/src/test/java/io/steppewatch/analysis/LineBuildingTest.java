package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The building of a line, its cost or its length, in a sentence that names only some of the countries of the line the
 * article is about and places it in no one country's part: the whole line's countries (LABEL-FIXES round 27, a named
 * route's countries; decision 6 of round 29, a project of several parties), even where the body names a corridor in
 * passing under a headline on the line. The last row guards the limit: a section stays its country's.
 */
class LineBuildingTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China-Kyrgyzstan-Uzbekistan railway gets going | Talks on building the railway line that joins China to Central Asia went on for about 20 years. | 20 years | CN KG UZ
            Le chemin de fer Chine-Kirghizstan-Ouzbékistan avance | La construction de cette voie ferrée devrait prendre environ cinq ans, selon les Chemins de fer kirghiz. | cinq ans | CN KG UZ
            Trans-Afghan railway plans | Afghanistan says the new railway would cost $5 billion in all. | $5 billion | AF PK UZ
            Trans-Afghan railway plans | A trans-Caspian route to the south is much wanted. ¶ Afghanistan says the new railway would cost $5 billion in all. | $5 billion | AF PK UZ
            China-Kyrgyzstan-Uzbekistan railway gets going | The cost of building the Kyrgyz section of the railway is put at $2 billion. | $2 billion | KG
            """)
    void shouldGiveTheBuildingOfTheLineItsWholeWay(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
