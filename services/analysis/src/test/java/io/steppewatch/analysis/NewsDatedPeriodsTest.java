package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods that news writing gives its figures by the shapes of its own trade (issue 13, the open corpus): a quarter
 * written as an adjective ("third-quarter sales").
 */
class NewsDatedPeriodsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static String periodOf(String body, String published, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body,
                published == null ? null : LocalDate.parse(published), null));
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.text().equals(text) || f.text().equals(text + ".")).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get().period();
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The drugmaker said its third-quarter revenue slid by 12% to $4.1bn.                      | 2015-11-02 | 12%          | 2015-07/2015-09
            The drugmaker said its third-quarter revenue slid by 12% to $4.1bn.                      | 2015-11-02 | $4.1bn       | 2015-07/2015-09
            Last week the utility posted a second-quarter loss of $310 million.                      | 2016-08-10 | $310 million | 2016-04/2016-06
            The bank will book a fourth-quarter charge of about $20 million for the closures.       | 2014-10-20 | $20 million  | 2014-10/2014-12
            The bank will book a fourth quarter charge of about $20 million for the closures.       | 2014-10-20 | $20 million  | 2014-10/2014-12
            The chipmaker said its fiscal fourth-quarter profit rose 18% on strong demand.          | 2014-10-20 | 18%          | null
            The chipmaker said its fiscal fourth quarter profit rose 18% on strong demand.          | 2014-10-20 | 18%          | null
            The chipmaker said profit rose 18% in the fiscal fourth quarter of 2013.                 | 2014-10-20 | 18%          | 2013-10/2013-12
            """)
    void shouldDateAQuarterWrittenAsAnAdjectiveAndLeaveAFiscalOneUndated(String body, String published, String text,
                                                                        String period) {
        assertThat(periodOf(body, published, text)).isEqualTo(period);
    }
}
