package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A goal stated in a clause of its own after another figure's dated clause (a rise "this year", then "with the aim
 * of reaching" a sum; a rise "в 2023 году", then "намерены достичь" a sum; a level "by 2027", then "with a further
 * increase to" a higher one) has no year of its own: `null` (the standard: "a target with no year is `null`";
 * decision 28). Goals listed under one deadline keep it.
 */
class GoalApartPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The minister noted that trade with Georgia has grown by 22% this year, with the aim of reaching $1.5 billion in trade turnover. Customs figures put trade at $600 million in January-May 2024. | $1.5 billion | |
            The minister noted that trade with Georgia has grown by 22% this year, with the aim of reaching $1.5 billion in trade turnover. Customs figures put trade at $600 million in January-May 2024. | 22% | | 2024
            Freight on the Middle Corridor is planned to reach 8 million tonnes by 2027, with a further increase to 12 million tonnes a year. | 12 million tonnes | 2024-03-01 |
            Freight on the Middle Corridor is planned to reach 8 million tonnes by 2027, with a further increase to 12 million tonnes a year. | 8 million tonnes | 2024-03-01 | 2027
            Passenger numbers at the airport are expected to reach 2 million by 2028, while freight is projected to grow to 60,000 tonnes. | 60,000 tonnes | 2024-03-01 | 2028
            """)
    void shouldGiveAGoalSetApartNoYearOfAnotherClause(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
