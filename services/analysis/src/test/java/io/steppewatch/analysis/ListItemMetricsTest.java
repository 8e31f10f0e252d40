package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list written one item a line after a line ending with a colon: an item that names no metric measures what the
 * list's opening line, or the text just before it, names, and is about its own party and the list's.
 */
class ListItemMetricsTest {

    private static final String ENGLISH = """
            China's trade with Central Asia reached $94.8 billion in 2024.

            Kazakhstan leads with $43.8 billion. The remaining trade volume is distributed among:

            - Kyrgyzstan: $22.7 billion

            - Uzbekistan: $13.7 billion

            - Turkmenistan: $10.6 billion
            """;

    private static final String FRENCH = """
            Le volume des échanges de l'Ouzbékistan avec la Russie s'est élevé à 9,4 milliards de dollars.

            Viennent ensuite dans la liste :

            ✅ Kazakhstan — 3,6 milliards de dollars US ;

            ✅ Turquie — 2,3 milliards de dollars US ;

            ✅ France — 1,1 milliard de dollars US.
            """;

    private static final String RUSSIAN = """
            Товарооборот Узбекистана с Китаем составил 11 млрд долларов.

            Далее в списке партнеров:

            — Россия – 9,4 млрд долларов

            — Казахстан – 3,4 млрд долларов
            """;

    private static final String PRODUCT = """
            Больше всего плодов и овощей Узбекистан поставил в такие страны:

            — Казахстан – 538 тыс. тонн

            — Россия – 341 тыс. тонн
            """;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | $13.7 billion               | trade.turnover | UZ
            en | $10.6 billion               | trade.turnover | TM
            fr | 2,3 milliards de dollars US | trade.turnover | TR
            fr | 1,1 milliard de dollars US  | trade.turnover | FR
            ru | 3,4 млрд долларов           | trade.turnover | KZ
            """)
    void shouldTakeListMetricWhenItemNamesNone(String language, String text, String metric, String party) {
        String body = switch (language) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            default -> RUSSIAN;
        };
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo(metric);
        assertThat(figure.subjects()).contains(party).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            538 тыс. тонн
            341 тыс. тонн
            """)
    void shouldLeaveOtherWhenListIsOfAProduct(String text) {
        assertThat(figure(PRODUCT, text).metric()).isEqualTo("other");
    }
}
