package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A government that invests in a sentence naming no second country spends on its own network (the labels: `other`);
 * a government investing in another country named there keeps `investment.total`.
 */
class HomeSpendingTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China and Kazakhstan run a free trade zone at Khorgos. The Kazakh government will invest $400 million in new gates and warehouses there. | $400 million | other
            Uzbekistan and Germany discussed rail projects. Under the government's investment programme, investments of about $900 million have gone to projects so far. | $900 million | other
            La Chine et l'Ouzbékistan développent le corridor. Le gouvernement ouzbek investira 300 millions de dollars dans ses gares. | 300 millions | other
            The Chinese government will invest $2 billion in Kazakhstan.                                                | $2 billion   | investment.total
            China and Kazakhstan run a free trade zone at Khorgos. Chinese firms will invest $400 million in new warehouses there. | $400 million | investment.total
            """)
    void shouldCallAGovernmentsSpendingAtHomeOtherButNotItsInvestmentAbroad(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
