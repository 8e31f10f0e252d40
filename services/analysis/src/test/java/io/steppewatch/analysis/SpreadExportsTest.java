package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 6 of round 29: a country's exports (or its share of the world's) whose paragraph names several buyers are
 * its own amount, the exporter alone, under a headline naming no partner: no one buyer of the paragraph is the
 * figure's partner, not even the one the article names most.
 */
class SpreadExportsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan sells uranium | Uzbekistan is a large exporter of uranium, accounting for 7 percent of world sales. China and France buy most of it, and France also buys gold. | 7 percent | UZ
            Kazakhstan sells wheat | Kazakhstan is a big exporter of wheat, with 5 percent of world sales. Iran and Turkey buy most of it, and Turkey also buys barley. | 5 percent | KZ
            L'Ouzbékistan vend son uranium | L'Ouzbékistan est un grand exportateur d'uranium, avec 7 % des ventes mondiales. La Chine et la France en achètent l'essentiel, et la France achète aussi de l'or. | 7 % | UZ
            Узбекистан продает уран | Узбекистан - крупный экспортер урана, на него приходится 7% мировых продаж. Основные покупатели - Китай и Франция, а Франция покупает и золото. | 7% | UZ
            Oʻzbekiston uran sotadi | Oʻzbekiston uranning yirik eksportchisi boʻlib, jahon savdosining 7 foizini taʼminlaydi. Asosiy xaridorlar Xitoy va Fransiya, Fransiya oltin ham sotib oladi. | 7 foizini | UZ
            Қазақстан бидай сатады | Қазақстан бидайдың ірі экспорттаушысы, әлемдік сауданың 5 пайызы соның үлесінде. Негізгі сатып алушылар Иран мен Түркия, Түркия арпа да сатып алады. | 5 пайызы | KZ
            """)
    void shouldGiveTheExporterAloneWhenSeveralBuyersShareTheExports(String title, String body, String figure,
                                                                     String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
