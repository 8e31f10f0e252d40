package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 22 of round 34: the length of a power transmission line or of a cable is `km` `other` (the standard's
 * `route.length` names routes, railways, roads and pipelines only); a pipeline's length, or a railway's beside a power
 * line, stays `route.length`.
 */
class PowerLineLengthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The 310-km power transmission line will carry electricity from Tajikistan to Afghanistan.                      | 310-km          | other
            The length of the new transmission line between Kyrgyzstan and Kazakhstan will be 420 kilometers.           | 420 kilometers  | other
            Builders in Turkmenistan have laid some 95 kilometers of high-voltage lines towards the Afghan border.      | 95 kilometers   | other
            A 500 kV line 280 km long will link the grids of Uzbekistan and Tajikistan.                                  | 280 km          | other
            Протяженность ЛЭП между Узбекистаном и Таджикистаном составит 180 километров.                                 | 180 километров  | other
            La nouvelle ligne électrique entre le Kirghizstan et le Tadjikistan mesurera 240 km de long.                 | 240 km          | other
            The fibre-optic cable across the Caspian Sea between Kazakhstan and Azerbaijan will be 390 kilometers long. | 390 kilometers  | other
            The 310-km gas pipeline will carry gas from Turkmenistan to Afghanistan.                                      | 310-km          | route.length
            Протяженность газопровода между Узбекистаном и Таджикистаном составит 180 километров.                        | 180 километров  | route.length
            The 560-km railway from Uzbekistan to Afghanistan will run next to a new power line.                         | 560-km          | route.length
            """)
    void shouldReadAPowerLineOrCableLengthAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
