package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure whose sentence names one party and says that something passes to or from it (goods transported, people
 * deported, money coming in) takes the partner the headline names as well (decision 6 of round 29: what passes
 * between two parties is both parties'). The words of passing are read in English, French, Russian, Kazakh and
 * Uzbek; a figure set after a dash gives the amount of the clause before it.
 */
class PassingWordsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajik workers leave Russia | Last year 9,000 Tajik citizens were deported. | 9,000 Tajik | RU TJ
            Des travailleurs tadjiks quittent la Russie | L'an dernier, 9 000 ressortissants tadjiks ont été expulsés. | 9 000 ressortissants | RU TJ
            Таджикские мигранты покидают Россию | В прошлом году были депортированы 9 тысяч граждан Таджикистана. | 9 тысяч граждан | RU TJ
            Kyrgyz coal for China | About 60 percent of the coal mined in Kyrgyzstan is transported by truck. | 60 percent | CN KG
            Remittances to Kyrgyzstan last year | The largest part of the money was transferred from Russia – about $2 billion. | $2 billion | KG RU
            Денежные переводы в Кыргызстан | Основная часть средств поступила из России – около $2 млрд. | $2 млрд | KG RU
            """)
    void shouldGiveWhatPassesBothPartiesWhenTheSentenceNamesOne(String title, String body, String figure,
                                                               String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    // Control: one party's own amount stays its own under a headline of two.
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz coal for China | Kyrgyzstan's coal production reached 4 million tons. | 4 million tons | KG
            """)
    void shouldKeepAnOwnAmountToItsParty(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
