package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country the text names only as the other side of the border the drills are held at, or as the situation they
 * answer, is no force taking part (LABEL-FIXES "Drills: the forces that take part, never the host as such").
 */
class DrillNeighboursTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Manœuvres conjointes au Tadjikistan | Des exercices militaires conjoints entre la Russie, le Kazakhstan et le Tadjikistan se tiennent tout près de la frontière sud avec l'Afghanistan. Quelque 3000 militaires participent à ces manœuvres, selon Moscou. | 3000 | KZ RU TJ
            Russian forces drill in Tajikistan as Afghan situation worsens | The Russian forces held 15 snap drills this month amid the tense situation in neighbouring Afghanistan. | 15 | RU
            """)
    void shouldDropTheDrillsNeighbour(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Manœuvres conjointes au Tadjikistan | Les exercices mobilisent 2 500 soldats russes, tadjiks et ouzbeks à 15 kilomètres de la frontière afghane. | 2 500 | RU TJ UZ
            """)
    void shouldKeepAForceNamedNearTheBorder(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
