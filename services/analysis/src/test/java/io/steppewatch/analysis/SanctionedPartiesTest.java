package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parties a sanction lists are counted at the action, which the text dates before them (often a paragraph
 * earlier, often with a day): they take the month of the action, not the publication month nor no period (audit
 * row 112). An English sentence that "On" and the day open ("On October 30, 2024, ...") is no dateline. When nothing
 * before them dates the action, the action is the news of the day: the publication month (gold-o, gold-p); a headline
 * that states the count takes none.
 */
class SanctionedPartiesTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figureIn(String body, String figureText) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, LocalDate.of(2024, 11, 5), null));
        List<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().equals(figureText)).toList();
        assertThat(found).as("figure '%s' in %s", figureText, analysis.figures()).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            On October 30, 2024, Washington announced new measures against Moscow.\\n\\nThe Treasury sanctioned 190 companies and people that ship machine tools to Russia. | 190 companies
            In early October 2024, Washington announced new measures against Moscow.\\n\\nOFAC designated 64 firms that ship machine tools to Russia. | 64 firms
            30 октября 2024 года Вашингтон объявил о новых мерах против Москвы.\\n\\nМинфин США внес в санкционный список 190 компаний, поставляющих станки в Россию. | 190 компаний
            В октябре 2024 года Вашингтон объявил о новых мерах против Москвы.\\n\\nПод санкции попали 64 фирмы, которые поставляют станки в Россию. | 64 фирмы
            Washington a annoncé le 30 octobre 2024 de nouvelles mesures contre Moscou.\\n\\nLe Trésor a sanctionné 190 sociétés qui livrent des machines-outils à la Russie. | 190 sociétés
            En octobre 2024, Washington a annoncé de nouvelles mesures contre Moscou.\\n\\nLes sanctions frappent 64 entreprises qui livrent des machines-outils à la Russie. | 64 entreprises
            """)
    void shouldDateTheCountOfSanctionedPartiesByTheMonthOfTheAction(String body, String figure) {
        ExtractedFigure found = figureIn(body.replace("\\n", "\n"), figure);
        assertThat(found.unit()).isEqualTo("count");
        assertThat(found.period()).isEqualTo("2024-10");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023, Washington announced new measures against Moscow.\\n\\nThe Treasury sanctioned 190 companies that ship machine tools to Russia. | 190 companies
            В 2023 году Вашингтон объявил о новых мерах против Москвы.\\n\\nМинфин США внес в санкционный список 190 компаний, поставляющих станки в Россию. | 190 компаний
            En 2023, Washington a annoncé de nouvelles mesures contre Moscou.\\n\\nLe Trésor a sanctionné 190 sociétés qui livrent des machines-outils à la Russie. | 190 sociétés
            """)
    void shouldNotGiveAYearOfAnEarlierParagraphToTheCount(String body, String figure) {
        assertThat(figureIn(body.replace("\\n", "\n"), figure).period()).isNull();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Washington has widened its measures against Moscow, blacklisting 58 firms that ship machine tools to Russia.          | 58 firms
            The British government has already put sanctions on more than 900 people and firms that help Russia.                  | 900 people
            Минфин США ввел ограничения в отношении 58 компаний, которые поставляют станки в Россию.                              | 58 компаний
            Le Trésor a imposé des sanctions à 58 négociants en machines-outils qui aident la Russie.                            | 58 négociants
            """)
    void shouldDateAnUndatedActionByThePublicationMonth(String body, String figure) {
        ExtractedFigure found = figureIn(body, figure);
        assertThat(found.unit()).isEqualTo("count");
        assertThat(found.period()).isEqualTo("2024-11");
    }

    @Test
    void shouldGiveNoPeriodToTheCountOfAHeadline() {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "Treasury sanctions 58 traders of machine tools",
                "Washington has widened its measures against Moscow, blacklisting 58 firms that ship machine tools to Russia.",
                LocalDate.of(2024, 11, 5), null));
        List<ExtractedFigure> title = analysis.figures().stream().filter(f -> f.offset() < 0).toList();
        assertThat(title).as("headline figures in %s", analysis.figures()).hasSize(1);
        assertThat(title.get(0).period()).isNull();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            OFAC designated 64 firms that ship machine tools to Russia.                                                         | 64 firms
            The Office of Foreign Assets Control designated 64 firms that ship machine tools to Russia.                        | 64 firms
            Управление по контролю за иностранными активами внесло в список 64 фирмы, поставляющие станки в Россию.            | 64 фирмы
            Le Bureau de contrôle des avoirs étrangers a sanctionné 64 entreprises qui livrent des machines-outils à la Russie. | 64 entreprises
            """)
    void shouldTakeTheUnitedStatesForTheTreasurysSanctionsOffice(String body, String figure) {
        assertThat(figureIn(body, figure).subjects()).containsExactlyInAnyOrder("RU", "US");
    }
}
