package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of a list written one item a line measures what the line opening the list names: rows with no mark, a
 * name then a colon or a dash ("Tajikistan: $4.1 billion", "Inde — 1,2 milliard de dollars"), and marked rows
 * whose only cue fits no such figure ("теміржол дәлізі", a corridor word, beside tonnes). A line that is prose keeps
 * reading its own words.
 */
class ListRowsTest {

    private static final String TRADE = """
            China's trade with Central Asia rose to $90 billion in 2023.

            The rest of that trade is split among:

            Kyrgyzstan: $21.5 billion (23%)

            Tajikistan: $4.1 billion (4.5%)

            Turkmenistan: $9.9 billion (11%)
            """;
    private static final String ECHANGES = """
            Les échanges commerciaux du Kazakhstan ont atteint 120 milliards de dollars en 2023.

            Suivent dans le classement :

            Inde — 1,2 milliard de dollars ;

            Japon — 0,9 milliard de dollars.
            """;
    private static final String FREIGHT = """
            Өткен айда Ауғанстан теміржолдарымен 95 000 тонна жүк тасымалданды, оның ішінде:

            — Хайратан порты арқылы — 60 500 тонна,

            — Иранға қарай Хаф-Герат теміржол дәлізімен — 12 300 тонна.
            """;
    private static final String PROSE = """
            China's trade with Central Asia rose to $90 billion in 2023.

            The rest of that trade is split among:

            Kyrgyzstan: $21.5 billion (23%)

            Officials said a new mine had cost $4.1 billion.
            """;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            TRADE    | $4.1 billion     | trade.turnover
            TRADE    | $9.9 billion     | trade.turnover
            ECHANGES | 0,9 milliard     | trade.turnover
            FREIGHT  | 12 300 тонна     | cargo.volume
            PROSE    | $4.1 billion     | other
            """)
    void shouldReadEveryRowOfAListAsItsOpeningLineSays(String body, String text, String metric) {
        String article = switch (body) {
            case "TRADE" -> TRADE;
            case "ECHANGES" -> ECHANGES;
            case "FREIGHT" -> FREIGHT;
            default -> PROSE;
        };
        assertThat(figure(article, text).metric()).isEqualTo(metric);
    }
}
