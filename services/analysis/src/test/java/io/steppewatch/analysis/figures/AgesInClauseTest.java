package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 44: the ages of people are no figures (the standard's settled list). Two shapes the age traps missed: a noun
 * of age that opens the clause whose predicate the years are, however many words stand between ("Возраст ... — 19
 * лет", "l'âge moyen ... est de 22 ans"), and a person named by initials before the comma ("M. D., 45 ans,"). Years
 * of a clause without such a noun, or past a comma after it, stay.
 */
class AgesInClauseTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Возраст самого младшего из задержанных на посту — 19 лет.                 |
            fr | L'âge moyen des recrues du nouveau contingent est de 22 ans.             |
            en | The average age of the crew on board was 41 years.                       |
            fr | M. D., 45 ans, a été interpellé au poste-frontière.                     |
            en | The concession for the terminal is valid for 25 years.                    | 25 years=25 years
            ru | Средний возраст вагонов снизился, а концессия выдана на 30 лет.           | 30 лет=30 years
            fr | La ligne, construite en 12 ans, relie les deux capitales.               | 12 ans=12 years
            """)
    void shouldLeaveOutAgesAndKeepOtherYears(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
