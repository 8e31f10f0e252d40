package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of people or of pieces of equipment ("1 200 personnes", "40 единиц техники") is no count of companies,
 * even when a companies cue ("entreprises", "организации") stands elsewhere in its sentence; a count of companies
 * keeps its metric.
 */
class PeopleAndUnitsAreNoCompaniesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Sur le chantier des entreprises ouzbèkes, environ 1.200 personnes sont présentes à Termez.        | 1.200 personnes | other
            На учениях организации в Кыргызстане задействовано около 40 единиц техники.                          | 40 единиц       | other
            В Узбекистане работают 1 500 предприятий с участием казахстанского капитала.                         | 1 500 предприятий | companies.count
            """)
    void shouldNotCountPeopleOrEquipmentAsCompanies(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
