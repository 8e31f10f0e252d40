package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a built facility can take in vehicles, passengers, vessels or other units the metrics do not track, said in
 * words of capacity before the figure ("can receive", "capable of", "its capacities allow to serve"), is a property of
 * the facility with no period: the opening or commissioning date of the sentence before is not its period (the
 * settled decisions on a facility's capacity once built and on vehicles counted as a capacity). A time word of its
 * own sentence keeps its period, and so does a capacity said as now (the publication month). The articles are
 * published on 2024-03-05; the first two rows fail without the rule.
 */
class BuiltFacilityCapacityTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The dry port was put into operation in March 2021. Its total capacity is about 250 thousand passengers, 60 thousand trucks and 9 vessels. | 60 thousand trucks |
            Le terminal a été mis en service en juin 2019. Sa capacité de réception est de 300 camions. | 300 camions |
            The ferry terminal was launched in May 2020. Its capacities allow to serve 200,000 passengers and 40,000 cars. | 200,000 passengers |
            Currently, the station is able to handle 12 trains a day. | 12 trains | 2024-03
            In 2023 the crossing was able to receive 300 vehicles a day. | 300 vehicles | 2023
            """)
    void shouldDateTheCapacityOnlyByItsOwnSentence(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-03-05", text).period()).isEqualTo(period);
    }
}
