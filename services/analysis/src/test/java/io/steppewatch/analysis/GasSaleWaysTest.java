package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sale of gas through a third country takes its seller and its buyer only; the country it crosses is the way, not a
 * party (LABEL-FIXES decision 45 of round 37), in every language and whichever reading found the parties.
 */
class GasSaleWaysTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gas | Transit of Russian gas via Kazakhstan to Uzbekistan came to 5.9 billion cubic meters in 2024. | 5.9 billion cubic meters | RU UZ
            Gas | Deliveries of Russian gas to Uzbekistan via Kazakhstan should grow almost four times, to 12 bcm per year from 2026. | 12 bcm per year | RU UZ
            Gaz | Le gaz russe livré à l'Ouzbékistan en passant par le Kazakhstan a atteint 3 milliards de m3. | 3 milliards de m3 | RU UZ
            Газ | Россия поставила в Узбекистан транзитом через Казахстан 3 млрд кубометров газа. | 3 млрд кубометров | RU UZ
            Газ | Ресейдің Өзбекстанға Қазақстан арқылы жеткізген газы 3 млрд текше метрге жетті. | 3 млрд текше метрге | RU UZ
            Газ | Ресей Қазақстан аумағы арқылы Өзбекстанға 3 млрд текше метр газ экспорттады. | 3 млрд текше метр | RU UZ
            Gaz | Rossiya Qozog'iston orqali O'zbekistonga 3 mlrd kub metr gaz yetkazib berdi. | 3 mlrd kub metr | RU UZ
            Gas | China received 20 million tons of Turkmen gas through the Turkmenistan-China pipeline last year. | 20 million tons | CN TM
            """)
    void shouldKeepTheCountryCrossedOutOfAGasSale(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
