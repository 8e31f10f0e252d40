package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no metric whose sentence names no country but describes one ("the country", "в республике", "du pays")
 * belongs to the country the description stands for: the one country its paragraph named before it, else the
 * article's main country, alone (decision 6 of round 29, its third case); what passes to a partner still takes the
 * partner. The first paragraph (before the ¶) makes the main country the one the article names most.
 */
class DescribedCountryTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Iran talk about grain | Kazakhstan had a good summer. Kazakhstan's farmers sowed more wheat and Kazakh mills are busy. ¶ The country expects to harvest 17 million tons of grain this season. | 17 million tons | KZ
            Таджикистан и Афганистан | Таджикистан строит школы. Таджикистан тратит на это много, а таджикские власти довольны. ¶ В республике открыли 40 новых школ. | 40 новых | TJ
            Le Kazakhstan et l'Iran | Le Kazakhstan produit du pétrole. Le Kazakhstan exporte et les Kazakhs investissent. ¶ Ensuite, la consommation intérieure du pays peut augmenter de 4 millions de tonnes. | 4 millions de tonnes | KZ
            Kazakhstan and Russia talk about grain | Kazakhstan had a good summer. Kazakhstan's farmers sowed more wheat and Kazakh mills are busy. ¶ The country delivered 2 million tons of wheat by rail. | 2 million tons | KZ RU
            Kazakh minister praises minerals cooperation with the EU | The Central Asian country mines 18 out of 34 minerals the bloc lists as critical. | 18 | KZ
            """)
    void shouldGiveAFigureToTheCountryItsSentenceDescribes(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
