package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight a sentence counts through a border crossing known by its town takes both sides of the crossing
 * (LABEL-FIXES "Freight at a port or crossing of a corridor", 2026-12-03), also where the headline names only one of
 * them or none; a route whose sentence names its own ends keeps them.
 */
class CrossingTownSidesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Rail freight in Afghanistan last week | Over the week, 95 000 tonnes of cargo passed through the Hairatan rail port. | 95 000 tonnes | AF UZ
            Rail freight in Afghanistan last week | Another 18 400 tonnes were moved via Torghundi. | 18 400 tonnes | AF TM
            Iran expands rail transit | Last year 2.1 million tons of cargo went through Sarakhs station toward the Gulf ports. | 2.1 million tons | IR TM
            Иран наращивает транзит | С начала года через пограничный терминал Серахс прошло 1,4 миллиона тонн грузов. | 1,4 миллиона тонн | IR TM
            """)
    void shouldGiveFreightThroughACrossingTownBothSides(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @Test
    void shouldKeepTheRoutesOwnPartiesWhenTheSentenceNamesThem() {
        String body = "Each year some 4 million tons of transit cargo are to go from Kazakhstan to Turkiye through Iran "
                + "and the Sarakhs crossing.";
        assertThat(subjectsOf("Transit plans", body, "4 million tons")).containsExactlyInAnyOrder("IR", "KZ", "TR");
    }
}
