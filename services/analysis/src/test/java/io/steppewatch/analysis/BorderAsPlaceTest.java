package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A border named as the place a road leads to or a site stands at is not what a length measures: the road's
 * kilometres are {@code route.length}, a distance to the border nobody's metric ({@code other}). The standard's
 * {@code border.length} is the length of the border itself, which the last rows still state (the last with a verb
 * between "to" and the border, which makes the border its object).
 */
class BorderAsPlaceTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Work began on a highway from Beyneu to the Uzbek border, 120 kilometers in all.                  | 120 kilometers       | route.length
            The new warehouse stands some 25 km from the Chinese border.                                     | 25 km                | other
            Дорога до границы с Узбекистаном протяженностью 85 километров будет отремонтирована.            | 85 километров        | route.length
            Une route de 60 km jusqu'à la frontière kirghize sera reconstruite.                              | 60 km                | route.length
            Шекараға дейінгі 40 шақырым темір жол салынады.                                                 | 40 шақырым           | route.length
            Kazakhstan and Kyrgyzstan share a border of 1,240 km.                                            | 1,240 km             | border.length
            Протяженность границы между странами составляет 970 километров.                                  | 970 километров       | border.length
            Patrols struggle to watch the border of 500 km with Afghanistan.                                 | 500 km               | border.length
            """)
    void shouldMeasureTheRoadNotTheBorderItReaches(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
