package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two more ways a text gives the part of a line the works have reached (decision 14 of round 33, decision 46): a part
 * opened by "of which" that the clause says is "already" reached, whatever the verb, and a fraction of the line
 * restated in kilometres after a dash; both are {@code other}. A stretch named by its territory and a whole line keep
 * {@code route.length}.
 */
class PartOfTheLineReachedTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Изыскательские работы завершены по всей трассе, из которых более 60 километров уже переданы строителям.                    | 60 километров    | other
            The full length of the Moiynty line is 500 km. So far, the new track has been laid on about half of the line - 260 km.    | 260 km           | other
            The total length of the pipeline is 1,200 kilometers, of which 300 kilometers within Uzbekistan have already been completed. | 300 kilometers | route.length
            The full length of the Moiynty line is 500 km. So far, the new track has been laid on about half of the line - 260 km.    | 500 km           | route.length
            The Kazakh part of the route - 300 km - runs along the river.                                                              | 300 km           | route.length
            The third section - 50 km - goes through the mountains.                                                                    | 50 km            | route.length
            """)
    void shouldReadThePartReachedAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
