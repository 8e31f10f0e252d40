package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Companies an article headed by sanctions counts are the targets of the measure, {@code other}, even where their
 * own sentence names no sanction; under any other headline a stock of companies with a partner's capital stays
 * {@code companies.count}.
 */
class CompaniesUnderSanctionsHeadlineTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "{2} under \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Washington adds Kyrgyz firms to its sanctions list   | Altogether, 14 Kyrgyz companies were named in the new round.         | 14 Kyrgyz     | other
            Bruxelles prépare de nouvelles sanctions              | Au total, 25 entreprises kazakhes seraient concernées.                 | 25 entreprises | other
            Kyrgyz business forum opens in Bishkek               | Altogether, 14 Kyrgyz companies operate in Tajikistan.                 | 14 Kyrgyz     | companies.count
            """)
    void shouldReadCompaniesUnderASanctionsHeadlineAsTargets(String title, String body, String text, String metric) {
        List<ExtractedFigure> figures = ANALYZER.analyze(new ArticleText("t", title, body, LocalDate.of(2024, 3, 5),
                null)).figures();
        assertThat(figures).filteredOn(f -> f.text().startsWith(text)).extracting(ExtractedFigure::metric)
                .containsExactly(metric);
    }
}
