package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list whose every item names again the party it is about ("Kazakh-Russian trade ... and Kazakh-Chinese trade",
 * "celles de la Pologne vers le Kirghizistan") is still a list: each figure takes its own item's party and that
 * repeated one.
 */
class RepeatedListOwnerTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh trade | Last year Kazakh-Russian trade reached $20 billion and Kazakh-Chinese trade was $30 billion. | $20 billion | KZ RU
            Kazakh trade | Last year Kazakh-Russian trade reached $20 billion and Kazakh-Chinese trade was $30 billion. | $30 billion | CN KZ
            Commerce du Kirghizistan | Les exportations de l'Allemagne vers le Kirghizistan ont bondi de 500 %, celles de la Pologne vers le Kirghizistan ont augmenté de 300 %. | 300 % | KG PL
            """)
    void shouldReadEachItemWithTheRepeatedParty(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
