package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many people live in a country ("pays de 9,5 millions d'habitants", "a population of 35 million") is a stock of
 * that country alone, `other`, of no period: not the publication month, not a plan the sentence speaks of, and not
 * the other countries its sentence names (gold-n's population of Tajikistan; the earlier sets label populations so).
 */
class PopulationCountsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan, a country of 9.5 million people, shares a long border with Afghanistan. | 9.5 million people | TJ
            Turkmenistan, which has a population of over 7 million people, exports its gas mainly to China. | 7 million people | TM
            Mongolia, with a population of 3.4 million people, plans to export 50 million tons of coal to China in 2026. | 3.4 million people | MN
            Таджикистан, страна с населением 9,5 млн человек, граничит с Афганистаном. | 9,5 млн человек | TJ
            Монголия, страна с населением 3,4 миллиона человек, планирует экспортировать в Китай 50 млн тонн угля в 2026 году. | 3,4 миллиона человек | MN
            Le Kirghizistan, pays qui compte à peine 7 millions d'habitants, vend surtout de l'or à l'étranger. | 7 millions d'habitants | KG
            Pour l'Ouzbékistan, un pays d'environ 34 millions d'habitants, l'Afghanistan et le Pakistan sont un marché. | 34 millions d'habitants | UZ
            """)
    void shouldGiveAPopulationItsCountryAloneAndNoPeriod(String body, String text, String country) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2025, 10, 22), null),
                text);
        assertThat(found.unit()).isEqualTo("count");
        assertThat(found.measure()).isEqualTo(Measure.AMOUNT);
        assertThat(found.metric()).isEqualTo("other");
        assertThat(found.subjects()).isEqualTo(List.of(country));
        assertThat(found.period()).isNull();
    }
}
