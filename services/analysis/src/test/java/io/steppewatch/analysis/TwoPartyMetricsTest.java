package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A metric the standard defines between two parties (joint projects, ventures, companies, jobs, investment, ...) needs
 * both: a portfolio with a development bank, which has no code, leaves one country alone and is no series of the
 * vocabulary (`other`); two countries keep the metric.
 */
class TwoPartyMetricsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The portfolio of joint projects of the Asian Development Bank and Kyrgyzstan exceeds $2 billion. | $2 billion | other
            The World Bank has financed 40 joint projects in Tajikistan since 2000. | 40 joint | other
            The portfolio of joint projects of Kazakhstan and Korea exceeds $2 billion. | $2 billion | jointprojects.value
            Kazakhstan and China are carrying out 40 joint projects worth $9 billion. | 40 joint | jointprojects.count
            """)
    void shouldLeaveATwoPartyMetricOtherWhenOneCountryAloneIsNamed(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
