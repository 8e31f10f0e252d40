package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only the whole border is its length (gold-g): a stretch delimited or not, a part of the whole, and a distance from
 * the border or a place are other.
 */
class BorderStretchTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan and Tajikistan share 976 kilometers of border, of which only 504 kilometers has been delineated. | 504 kilometers | other
            Kyrgyzstan and Tajikistan share 976 kilometers of border, of which only 504 kilometers has been delineated. | 976 kilometers | border.length
            Quelque 280 kilomètres de frontières restent encore à délimiter entre le Kirghizstan et le Tadjikistan.     | 280 kilomètres | other
            Quelque 950 kilomètres de frontières ont pu être stabilisés à ce jour entre le Kirghizstan et le Tadjikistan. | 950 kilomètres  | other
            Около 300 километров границы Киргизии и Таджикистана до сих пор не делимитированы.                           | 300 километров | other
            Half of the 970 km border between Kyrgyzstan and Tajikistan has not been demarcated.                       | 970 km         | border.length
            The Taliban controls 900 kilometres of the 1,357-kilometer border between Afghanistan and Tajikistan.       | 900 kilometres | other
            The Taliban controls 900 kilometres of the 1,357-kilometer border between Afghanistan and Tajikistan.       | 1,357-kilometer | border.length
            Les manœuvres ont lieu au Tadjikistan, à 15 km de la frontière afghane.                                    | 15 km          | other
            La Russie dispose au Kirghizstan de la base de Karakol, à 312 km à l'est de Bichkek, près de la frontière kazakhe. | 312 km    | other
            The Tajik base lies 60 km south of the border with Afghanistan.                                            | 60 km          | other
            Российская база находится в 20 км к югу от границы Таджикистана с Афганистаном.                             | 20 км          | other
            La frontière de 970 km est fermée entre le Kirghizstan et le Tadjikistan.                                   | 970 km         | border.length
            Some 300 km of the Kyrgyz-Tajik border remain undelimited.                                                  | 300 km         | other
            Около 300 км кыргызско-таджикской границы остаются неделимитированными.                                      | 300 км         | other
            The 970 km Kyrgyz-Tajik border remains undelimited in parts.                                                | 970 km         | border.length
            """)
    void shouldKeepTheBorderLengthOnlyForTheWholeBorder(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{2} in \"{0}\" ({1})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The two sides have agreed on the delineation of 31 kilometers of their common border.                      | 2024-03-30 | 31 kilometers  | 2024-03
            The two sides have agreed on the delineation of 31 kilometers of their common border.                      | null       | 31 kilometers  | null
            The minister said in February that some 180 kilometers of the border had been delineated.                  | 2024-03-30 | 180 kilometers | 2024-02
            The border is 972 kilometers long; some 270 kilometers of it still await a formal description.               | 2023-12-23 | 270 kilometers | null
            The border is 972 kilometers long; some 270 kilometers of it still await a formal description.               | 2023-12-23 | 972 kilometers | null
            Кыргызстан и Таджикистан согласовали еще 24 километра государственной границы.                               | 2024-03-30 | 24 километра   | 2024-03
            За последнее время две страны согласовали порядка 180 километров границы.                                   | 2024-08-19 | 180 километров | null
            The countries share 976 kilometers of border, of which only 504 kilometers has been delineated.             | 2021-03-15 | 504 kilometers | null
            Около 300 км кыргызско-таджикской границы остаются неделимитированными.                                      | 2024-03-30 | 300 км         | null
            Le Kirghizistan et le Tadjikistan ont délimité 24 kilomètres supplémentaires de leur frontière commune.     | 2024-03-30 | 24 kilomètres  | 2024-03
            En février, le ministre a indiqué que 100 kilomètres de la frontière restaient contestés.                   | 2024-03-30 | 100 kilomètres | 2024-02
            """)
    void shouldDateAnAgreedStretchByTheMonthItWasAgreedOrReported(String body, String published, String text,
                                                                  String period) {
        assertThat(figure(body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz and Tajik negotiators agree on another 19 km of border                      | 19 km          | other
            Les topographes se sont accordés sur la description de 12 kilomètres de la frontière kirghizo-tadjike. | 12 kilomètres | other
            """)
    void shouldReadAStretchAgreedOrDescribedBeforeItsLength(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
