package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "and" of a pair of parties ("between Uzbekistan and Russia", "entre l'Ouzbékistan et la Russie", "между
 * Узбекистаном и Россией") joins two names, not two clauses: a cue after it still names the figure before it. An
 * "and" that opens a clause with a figure of its own still keeps its cue for that figure.
 */
class PairOfPartiesCueTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Around 60% of the trade between Uzbekistan and Russia is now paid for in national currencies.              | 60%                 | settlements.national_currency_share
            Près de 60 % du commerce entre l'Ouzbékistan et la Russie se règle désormais en monnaies nationales.        | 60 %                | settlements.national_currency_share
            Около 60% торговли между Узбекистаном и Россией сейчас обслуживается в национальных валютах.                | 60%                 | settlements.national_currency_share
            Some 4 million tonnes of goods between Uzbekistan and Kazakhstan were carried by rail last year.          | 4 million tonnes    | cargo.volume
            Uzbek exports to Russia fell to $1.2 billion and imports from China rose to $3.4 billion in 2024.          | $1.2 billion        | trade.exports
            """)
    void shouldReadACueAfterAPairOfParties(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
