package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Beside a goal, the level marked as the level now or as where a move started ("up from", "currently at", "the current
 * figure of", "actuellement", "с нынешних") is an amount; the goal's own level stays a target. The first four rows fail
 * without the rule.
 */
class BaseLevelsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The pact is meant to boost trade to $3 billion, up from the current figure of only $0.4 billion. | $0.4 billion | AMOUNT
            Tbilisi and Baku intend to triple their trade, currently at USD 700 million. | USD 700 million | AMOUNT
            Стороны намерены довести товарооборот до 1 млрд долларов с нынешних 400 млн долларов. | 400 млн долларов | AMOUNT
            Les deux pays veulent porter les échanges à 2 milliards de dollars, actuellement de 600 millions de dollars. | 600 millions de dollars | AMOUNT
            The pact is meant to boost trade to $3 billion, up from the current figure of only $0.4 billion. | $3 billion | TARGET
            Astana plans to ship 9 million tons of grain this season, up from 7 million tons. | 9 million tons | TARGET
            """)
    void shouldKeepTheLevelAGoalStartsFromAnAmount(String body, String text, String measure) {
        assertThat(AnalyzedFigures.figure(body, text).measure()).isEqualTo(Measure.valueOf(measure));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The terminal's throughput may be raised to 9 million tons a year from 5 million tons. | 5 million tons | AMOUNT
            Officials plan to lift rice exports to 40,000 tons by 2030 from 22,000 tons in 2024. | 22,000 | AMOUNT
            Les deux pays visent des échanges de 8 milliards de dollars, contre 3 milliards actuellement. | 3 milliards | AMOUNT
            The terminal's throughput may be raised to 9 million tons a year from 5 million tons. | 9 million tons | TARGET
            Rice exports rose to 40,000 tons in 2024 from 22,000 tons in 2023. | 22,000 | AMOUNT
            """)
    void shouldKeepTheLevelAGoalStartsFromAnAmountWhenItFollowsTheGoal(String body, String text, String measure) {
        assertThat(AnalyzedFigures.figure(body, text).measure()).isEqualTo(Measure.valueOf(measure));
    }
}
