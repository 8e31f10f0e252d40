package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Central Asian partners listed with trade sums and no owner in their own sentence are the partners of the last
 * country the text names in the two sentences before (across a paragraph break), not of the headline's country: "the
 * commerce of Uzbekistan with Central Asia ... with Kazakhstan $4 billion, with Kyrgyzstan $700 million", "first
 * among China's partners ... Kyrgyzstan was second with $22 billion" (decision 6: a list item takes its own party and
 * the whole's). Only for a bilateral metric, and a Central Asian owner only where those sentences also name the region;
 * a product's buyers listed after "Russia bought" and a list after another list's item keep what they had.
 */
class ListOwnerBeforeTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ministers of Central Asia and Azerbaijan meet | Officials said the commerce of Uzbekistan with the states of Central Asia keeps rising.\\n\\nTurnover with Kazakhstan neared $4 billion, with Kyrgyzstan $700 million and with Tajikistan $570 million. | $700 million | KG UZ
            Réunion des ministres d'Asie centrale et d'Azerbaïdjan | Les échanges de l'Ouzbékistan avec les pays d'Asie centrale progressent. Le chiffre d'affaires commercial avec le Kazakhstan atteint 4 milliards de dollars, avec le Kirghizistan 700 millions de dollars. | 700 millions de dollars | KG UZ
            Kazakhstan tops the ranking | Kazakhstan came first among the trading partners of China in Central Asia with $43 billion in 2024. Kyrgyzstan was second with $22 billion, Uzbekistan third with $13 billion. | $22 billion | CN KG
            """)
    void shouldTakeTheOwnerTheSentencesBeforeName(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan sells more cherries abroad | Russia was the largest buyer, taking 25,000 tonnes of cherries. Kazakhstan took 3,000 tonnes and Kyrgyzstan 2,000 tonnes. | 3,000 tonnes | RU
            Uzbekistan: cherry exports up by a third | The statistics office said Russia was the main importer, buying 25,000 tonnes of cherries. Meanwhile, Kazakhstan took in 3,000 tonnes, and Kyrgyzstan received 2,000 tonnes. | 3,000 tonnes | RU
            """)
    void shouldLeaveABuyerBeforeOutOfAProductList(String title, String body, String figure, String absent) {
        assertThat(subjectsOf(title, body, figure)).doesNotContain(absent);
    }
}
