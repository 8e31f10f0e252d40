package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `companies.count` counts companies of one party operating in another; companies of one country with no second party
 * (its own textile firms, its own private companies) are `other`.
 */
class CompaniesOfOneCountryTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Some 4,200 textile enterprises worked in Uzbekistan last year.                | 4,200 textile             | other
            More than 900 companies with Chinese capital operate in Uzbekistan today.     | 900 companies             | companies.count
            """)
    void shouldCountOnlyCompaniesOfOnePartyInAnother(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
