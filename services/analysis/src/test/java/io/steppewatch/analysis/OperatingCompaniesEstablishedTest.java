package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word of creation that describes companies at work ("established with participation of ... capital", "have
 * established operations in") names the companies with a partner's participation operating in the host, which
 * {@code companies.count} counts (decision 60 of round 38); companies set up in a span stay {@code other}.
 */
class OperatingCompaniesEstablishedTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Some 140 firms established with participation of Kazakh capital now work in Kyrgyzstan.     | 140 firms         | companies.count
            Over 320 Turkish companies have established operations in Uzbekistan, mostly in textiles. | 320 Turkish       | companies.count
            В Таджикистане действуют 65 предприятий, созданных с участием узбекского капитала.          | 65 предприятий    | companies.count
            In 2023, 45 new companies with Chinese capital were established in Kyrgyzstan.             | 45 new            | other
            Last year 90 joint ventures were created by Kazakh and Uzbek firms.                         | 90 joint          | other
            """)
    void shouldCountCompaniesAtWorkWhenCreationDescribesThem(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
