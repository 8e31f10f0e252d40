package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The staff a partner's firm or joint venture holds in the host, counted with a French noun of staff ("employés",
 * "collaborateurs"), are jobs of their joint activity, {@code jobs.count}, as "salariés" and the English and Russian
 * verbs of employing already were (decision 62 of round 38); people the project trained stay {@code other}.
 */
class ForeignFirmStaffTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Implanté en Ouzbékistan depuis 2015, le groupe italien y emploie aujourd'hui près de 400 employés.       | 400 employés          | jobs.count
            En Kazakhstan, Siemens réunit environ 250 collaborateurs et deux bureaux.                                 | 250 collaborateurs    | jobs.count
            La coentreprise franco-kazakhe a déjà formé plus de 3 000 employés locaux au Kazakhstan.                  | 3 000 employés        | other
            """)
    void shouldCountStaffAsJobsUnlessTrained(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
