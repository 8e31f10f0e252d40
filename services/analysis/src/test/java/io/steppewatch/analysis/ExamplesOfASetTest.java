package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Countries listed as examples of a set the sentence names ("across 17 jurisdictions, including India and China",
 * "reliant plus de 20 pays, dont l'Allemagne et la Pologne") say where the counted things reach; they are no parties
 * of the figure (gold-n: `17 jurisdictions` of a sanctions round is `[US, RU]`). A country after the list stays.
 */
class ExamplesOfASetTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            On 14 May, the US Treasury sanctioned procurement networks in 12 jurisdictions, including Turkey, the United Arab Emirates and the People's Republic of China (PRC), for supplying Russia. | 12 jurisdictions | RU,US
            30 октября Минфин США ввел санкции против сетей в 17 юрисдикциях, включая Индию и Китай, за поставки в Россию. | 17 юрисдикциях | RU,US
            Le 30 octobre, le Trésor américain a sanctionné des réseaux dans 17 juridictions, dont l'Inde et la Chine, pour avoir approvisionné la Russie. | 17 juridictions | RU,US
            """)
    void shouldLeaveOutCountriesListedAsExamplesOfASet(String body, String text, String subjects) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2024, 11, 5), null),
                text);
        assertThat(found.subjects()).isEqualTo(List.of(subjects.split(",")));
    }
}
