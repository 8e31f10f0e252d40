package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight, or what a terminal handles, in a sentence that names no place, under a headline naming a port by its town
 * and a second country: the port's country, not the headline's pair (a port or terminal takes its town's country).
 */
class HeadlinePortNoPlaceTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Azerbaijan sends more ferries to the port of Turkmenbashi | Over the year the ferries brought about 6 thousand containers. | 6 thousand containers | TM
            Azerbaijan sends more ferries to the port of Turkmenbashi | The new terminal will be able to serve 90,000 trucks a year. | 90,000 trucks | TM
            """)
    void shouldGiveTheHeadlinesPortItsCountryWhenTheSentenceNamesNoPlace(String title, String body, String figure,
                                                                        String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
