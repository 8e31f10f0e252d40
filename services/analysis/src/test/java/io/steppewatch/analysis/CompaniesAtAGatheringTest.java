package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Companies counted at a meeting, in a delegation or in an association are participants or members, no count of
 * companies operating with a partner's capital; companies said to operate in a country keep the metric.
 */
class CompaniesAtAGatheringTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Some 45 companies attending the logistics meeting in Tashkent signed the final statement.        | 45 companies     | other
            La délégation comptait 35 entreprises italiennes venues à Almaty.                                 | 35 entreprises   | other
            В ассоциацию вошли 18 компаний из Китая и Казахстана.                                             | 18 компаний      | other
            More than 450 companies with Italian capital operate in Kazakhstan.                              | 450 companies    | companies.count
            """)
    void shouldNotCountCompaniesAtAGatheringAsOperatingCompanies(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
