package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of inhabitants is its place's alone, wherever the sentence names that place: before the count, right after
 * it, or in the sentence before; a republic counted in people is a country; Central Asia counted so is its five.
 */
class PopulationOwnerTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Sanctions et transit | Pays de 20 millions d'habitants, le Kazakhstan vend du blé à la Chine. | 20 millions d'habitants | KZ
            Sanctions et transit | Washington s'inquiète du rôle du Tadjikistan. Le pays de 10 millions d'habitants achète des pièces à la Russie. | 10 millions d'habitants | TJ
            Border talks | Kyrgyzstan, a small mountain republic of about 7 million people, trades with China and Russia. | 7 million people | KG
            Un pont vers la Chine | Le tunnel sera le plus long d'Asie centrale. Cette région d'environ 80 millions d'habitants attire la Chine. | 80 millions d'habitants | KG KZ TJ TM UZ
            """)
    void shouldGiveAPopulationItsOwnPlace(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
