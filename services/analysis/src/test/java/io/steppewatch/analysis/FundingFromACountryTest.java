package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum the sentence gives as funding from or by a named country is that country's investment in the other,
 * {@code investment.total} (decision 61 of round 38: what one country "plans to invest or to provide as funding in
 * the other"), even beside a project's worth; a loan or a grant named in the sentence, or financing by a firm, keeps
 * {@code other}.
 */
class FundingFromACountryTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new road from Herat to Kandahar is to be built with $300 million in funding from Kazakhstan. | $300 million | investment.total
            Afghanistan will build a cement works worth $80 million in Herat, funded by Uzbekistan. | $80 million | investment.total
            The new road from Herat to Kandahar is to be built with a $300 million loan, with funding from Kazakhstan. | $300 million | other
            The new road from Herat to Kandahar is to be built with $300 million in financing from a private fund. | $300 million | other
            """)
    void shouldReadFundingFromACountryAsItsInvestment(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
