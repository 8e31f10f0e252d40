package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A goal stated in a clause of its own after another figure's dated clause ("has grown by 15 percent this year, with
 * the aim of reaching a $2 billion trade turnover", "вырос на 30% в 2024 году, государства намерены достичь", "by 2027, with a
 * further increase to 12 million tonnes a year") has no year of its own: `null` (the standard: "a target with no year is `null`";
 * decision 28). Goals listed under one deadline keep it.
 */
class GoalApartPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            He said that trade between the two countries has grown by 15 percent this year, with the aim of reaching a $2 billion trade turnover. According to customs data, trade reached $700 million in January-June 2024. | $2 billion | |
            He said that trade between the two countries has grown by 15 percent this year, with the aim of reaching a $2 billion trade turnover. According to customs data, trade reached $700 million in January-June 2024. | 15 percent | | 2024
            Freight on the Middle Corridor is planned to reach 8 million tonnes by 2027, with a further increase to 12 million tonnes a year. | 12 million tonnes | 2024-03-01 |
            Freight on the Middle Corridor is planned to reach 8 million tonnes by 2027, with a further increase to 12 million tonnes a year. | 8 million tonnes | 2024-03-01 | 2027
            Passenger numbers at the airport are expected to reach 2 million by 2028, while freight is projected to grow to 60,000 tonnes. | 60,000 tonnes | 2024-03-01 | 2028
            """)
    void shouldGiveAGoalSetApartNoYearOfAnotherClause(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
