package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trains or wagons counted at a border crossing named by its town take the two countries the crossing joins (the
 * town's and the headline's other one), as freight counted there does; "crossing" beside the town says it is one.
 */
class CrossingTrafficTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan halts container trains to China | At the Khorgos crossing some 40 container trains stood idle last week. | 40 container | CN KZ
            Turkmenistan and Iran open a rail link | Each day about 300 wagons are to pass the Sarakhs border station. | 300 wagons | IR TM
            """)
    void shouldGiveTrafficAtACrossingBothSides(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
