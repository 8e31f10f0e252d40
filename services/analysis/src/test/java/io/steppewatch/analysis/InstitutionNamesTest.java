package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word of trade that is only part of an institution's name (a ministry, a chamber, a bank) says nothing of what a
 * figure beside it measures (round 48: gold-zt, gold-p and gold-zj). The same word outside a name still does.
 */
class InstitutionNamesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le contrat prévoit la construction d'un siège pour le ministère de l'Économie et du Commerce (48 millions de dollars) à Kaboul. | 48 millions de dollars | other
            A new headquarters of the Ministry of Industry and Trade will cost 52 million dollars, the Chinese contractor said. | 52 million dollars | other
            Строительство здания Министерства экономики и торговли обойдется в 35 млн долларов. | 35 млн долларов | other
            Trade between Kazakhstan and Uzbekistan reached 4 billion dollars in 2024, the Ministry of Trade and Integration said. | 4 billion dollars | trade.turnover
            According to the State Customs Committee of Kyrgyzstan, the trade turnover with Kazakhstan came to 1.9 billion dollars last year. | 1.9 billion dollars | trade.turnover
            According to the Uzbek Foreign Ministry, trade turnover between the two countries rose to 3 billion dollars. | 3 billion dollars | trade.turnover
            Le commerce entre le Kazakhstan et la Chine a atteint 41 milliards de dollars en 2024, selon le ministère du Commerce. | 41 milliards de dollars | trade.turnover
            """)
    void shouldNotTakeTheMetricFromAnInstitutionsName(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
