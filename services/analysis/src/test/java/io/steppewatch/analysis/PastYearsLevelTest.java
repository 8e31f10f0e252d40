package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A level held or a total reached "over the past N years" covers the N whole years before the year of writing
 * (gold-o's "на протяжении последних двух лет ... стабильно превышает", gold-e's "for the past ten years"); the
 * levels a change over those years goes from or reaches keep no period.
 */
class PastYearsLevelTest {

    @ParameterizedTest(name = "{2} in \"{0}\" ({1})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Over the past three years, trade between Kyrgyzstan and Tajikistan has stayed above $80 million.          | 2024-05-10 | $80 million  | 2021-01/2023-12
            For the past ten years, the dry port has handled more than 400,000 TEU.                                   | 2024-05-10 | 400,000 TEU  | 2014-01/2023-12
            Over the past three years, trade between Kyrgyzstan and Tajikistan has grown from $50 million to $80 million. | 2024-05-10 | $80 million | null
            Over the past three years, container transit has doubled and reached 400,000 TEU.                         | 2024-05-10 | 400,000 TEU  | null
            Over the past three years, trade between Kyrgyzstan and Tajikistan has stayed above $80 million.          | null       | $80 million  | null
            На протяжении последних трех лет товарооборот Кыргызстана и Таджикистана превышает 80 млн долларов.       | 2024-05-10 | 80 млн       | 2021-01/2023-12
            В течение последних трех лет сухой порт обработал более 400 тысяч TEU.                                    | 2024-05-10 | 400 тысяч    | 2021-01/2023-12
            За последние три года товарооборот Кыргызстана и Таджикистана вырос в два раза и достиг 80 млн долларов.  | 2024-05-10 | 80 млн       | null
            Au cours des trois dernières années, le commerce entre le Kirghizistan et le Tadjikistan a dépassé 80 millions de dollars. | 2024-05-10 | 80 millions | 2021-01/2023-12
            Au cours des trois dernières années, le commerce entre le Kirghizistan et le Tadjikistan a doublé pour atteindre 80 millions de dollars. | 2024-05-10 | 80 millions | null
            Au cours des trois dernières années, le commerce entre le Kirghizistan et le Tadjikistan est passé de 50 millions de dollars à 80 millions de dollars. | 2024-05-10 | 50 millions | null
            За последние три года товарооборот Кыргызстана и Таджикистана с 50 млн долларов до 80 млн долларов.      | 2024-05-10 | 80 млн       | null
            """)
    void shouldGiveALevelOverThePastYearsTheWholeYears(String body, String published, String text, String period) {
        assertThat(figure(body, published, text).period()).isEqualTo(period);
    }
}
