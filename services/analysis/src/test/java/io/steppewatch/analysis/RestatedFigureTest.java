package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure said again further on with no cue of its own is the quantity stated before it with the same value, unit
 * and parties, and measures what that one measured; a figure of other parties, or one whose sentence names its own
 * metric, keeps its own reading. A " / " in a body below separates paragraphs.
 */
class RestatedFigureTest {

    @ParameterizedTest(name = "last {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade between Kazakhstan and Kyrgyzstan reached $3.4 billion in 2023. / The two governments also signed a deal on a new railway. / Those $3.4 billion are still far from what both sides hope for.       | $3.4 billion | trade.turnover
            Kazakhstan and Kyrgyzstan aim to bring trade to $5 billion. / Officials met in Bishkek on Monday. / To reach the $5 billion mark, both sides are looking at new sectors.           | $5 billion   | trade.turnover
            Uzbekistan's trade with Turkey reached $2.4 billion. / Officials met in Tashkent on Monday. / Tourism and transport brought Kazakhstan about $2.4 billion.                         | $2.4 billion | other
            Trade between Kazakhstan and Kyrgyzstan reached $3.4 billion in 2023. / Officials met in Bishkek on Monday. / Kazakhstan's exports to Kyrgyzstan were worth $3.4 billion in 2013. | $3.4 billion | trade.exports
            """)
    void shouldGiveARestatedFigureTheMetricOfItsTwin(String body, String text, String metric) {
        List<ExtractedFigure> found = AnalyzedFigures.figures(body.replace(" / ", "\n\n")).stream()
                .filter(f -> f.text().startsWith(text)).toList();
        assertThat(found).hasSizeGreaterThan(1);
        assertThat(found.get(found.size() - 1).metric()).isEqualTo(metric);
    }
}
