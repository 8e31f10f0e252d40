package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capacity written as a property of the facility a clause names ("a smelter with a capacity of ...", "газопровод
 * мощностью ...", "un terminal d'une capacité de ...") takes no period from the date of the clause's act (a signing,
 * the start of works, a purchase): the settled decision on a facility's capacity, null unless it has a time word of
 * its own. Said as now, it keeps the publication month.
 */
class AttributiveCapacityPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The two governments agreed to build a refinery with a capacity of 4 million tons of oil a year at a meeting on 12 May 2024. | 4 million tons | 2024-06-01 |
            Work on a new gas pipeline with a capacity of 25 billion cubic metres a year started in March 2019. | 25 billion cubic metres | 2019-06-01 |
            В марте 2019 года началось строительство газопровода мощностью 30 млрд кубометров в год. | 30 млрд кубометров | 2019-06-01 |
            The port handled 4 million tons of cargo in 2023. | 4 million tons | 2024-06-01 | 2023
            """)
    void shouldGiveAnAttributiveCapacityNoPeriodFromTheClausesAct(String body, String text, String published,
                                                                  String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
