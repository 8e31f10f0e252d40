package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year a hyphen joins to the word before it is part of a name — an exercise's, an operation's, a campaign's, a
 * harvest's — and dates nothing (the settled event-count bullet of 2026-12-04: "an exercise's name is a name, not a
 * date"; decision 33). "mid-2025" and a season's years are still periods.
 */
class NameYearPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            During the Kalkan-2019 operation, border guards detained 37 smugglers on the Afghan border. | 37 smugglers | |
            В ходе учений «Гранит-2022» около 600 военнослужащих отработали оборону перевала. | 600 военнослужащих | |
            Kazakhstan will ship 800,000 tonnes of wheat of the harvest-2018 to Afghanistan under the contract. | 800,000 tonnes | |
            Officers seized 12 kilograms of heroin on Monday as part of the Mak-2024 campaign. | 12 kilograms | 2024-05-20 | 2024-05
            By mid-2027 the terminal will handle 2 million tons of grain. | 2 million tons | | 2027
            """)
    void shouldReadAYearJoinedToANameAsNoPeriod(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
