package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length the sentence gives as a part of a larger whole length (decision 14 of round 33): the part is the progress of
 * works, or a stretch still open, and stays {@code other}; the whole keeps its metric, and so does a part placed in a
 * country or territory (that country's whole section).
 */
class PartOfAWholeLengthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            This year the contractors handed over 148 kilometres of the highway out of the 410 kilometres foreseen by the plan. | 148 kilometres   | other
            В этом году сдано 95 километров железной дороги из намеченных 270 километров.                                      | 95 километров    | other
            The new line has a total length of 230 km, and the first 64 km of double track will open in spring.                | 64 km            | other
            Within the 90-mile stretch under contract, 41 line kilometers have been finished.                                 | 41 line kilometers | other
            Жалпы ұзындығы 640 шақырым шекараның 115 шақырымы әлі келісілмеген.                                                | 115 шақырымы     | other
            This year the contractors handed over 148 kilometres of the highway out of the 410 kilometres foreseen by the plan. | 410 kilometres   | route.length
            The railway will have a total length of 520 kilometers, with 180 kilometers on Kyrgyzstan's territory.              | 180 kilometers   | route.length
            The pipeline's total length of 900 km runs through Kazakhstan (310 km) and China.                                  | 310 km           | route.length
            The Chinese section is 155 km long, while the Kyrgyz section of 280 km crosses the mountains.                       | 155 km           | route.length
            """)
    void shouldReadAPartOfAWholeAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
