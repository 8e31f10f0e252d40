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
            Près de 300 kilomètres de frontières ne sont toujours pas délimitées entre le Kirghizstan et le Tadjikistan. | 300 kilomètres | other
            Près de 1000 kilomètres de frontières ont pu être stabilisés entre le Kirghizstan et le Tadjikistan.       | 1000 kilomètres | other
            Около 300 километров границы Киргизии и Таджикистана до сих пор не делимитированы.                           | 300 километров | other
            Half of the 970 km border between Kyrgyzstan and Tajikistan has not been demarcated.                       | 970 km         | border.length
            The Taliban controls 900 kilometres of the 1,357-kilometer border between Afghanistan and Tajikistan.       | 900 kilometres | other
            The Taliban controls 900 kilometres of the 1,357-kilometer border between Afghanistan and Tajikistan.       | 1,357-kilometer | border.length
            Les exercices se déroulent au Tadjikistan, à seulement 20 km de la frontière afghane.                      | 20 km          | other
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
}
