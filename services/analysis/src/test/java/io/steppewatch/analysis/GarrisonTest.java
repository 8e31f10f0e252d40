package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The troops of a military base are a standing force, counted at no event: they take no period (gold-n: "Russian
 * bases in Tajikistan and their men are `[RU, TJ]`, `null`"), while troops in a drill still take the publication
 * month.
 */
class GarrisonTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia has two military bases in Tajikistan, with some 7,500 men in all. | 7,500 men | null
            Россия располагает в Таджикистане двумя военными базами, где служат в общей сложности около 7500 человек. | 7500 человек | null
            La Russie a deux bases militaires au Tadjikistan, qui comptent ensemble environ 6.800 hommes. | 6.800 hommes | null
            """)
    void shouldGiveTheMenOfAMilitaryBaseNoPeriod(String body, String text, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2018, 7, 17), null),
                text);
        assertThat(found.period()).isEqualTo("null".equals(period) ? null : period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Some 1,500 soldiers take part in the CSTO drill held in Tajikistan. | 1,500 soldiers | 2018-07
            В учениях ОДКБ в Таджикистане участвуют около 1500 военнослужащих. | 1500 военнослужащих | 2018-07
            Quelque 1 500 soldats participent à l'exercice de l'OTSC au Tadjikistan. | 1 500 soldats | 2018-07
            """)
    void shouldStillDateTroopsInADrillByThePublication(String body, String text, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2018, 7, 17), null),
                text);
        assertThat(found.period()).isEqualTo(period);
    }
}
