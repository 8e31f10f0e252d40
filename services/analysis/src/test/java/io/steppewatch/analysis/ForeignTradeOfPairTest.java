package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Foreign trade" that the text itself puts between two parties is that pair's bilateral figure, not one country's
 * trade with the world (LABEL-FIXES decision 63 of round 39): a foreign ministry is an office, not trade; "between the
 * countries" in the figure's sentence names the pair; a lead on the foreign trade between two countries makes a later
 * "foreign trade" figure, whose sentence names only a statistics office, that pair's.
 */
class ForeignTradeOfPairTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Kazakhstan and Japan plan new summit | Japan is among the largest investors in Kazakhstan. Citing data from the Kazakh Foreign Ministry, the agency wrote that the two countries traded goods worth $2 billion last year. | $2 billion | JP KZ
            Китай и Казахстан обсудили сотрудничество | Вице-премьер напомнил, что Китай остается крупным торговым партнером Казахстана. Внешнеторговый оборот между странами за прошлый год вырос на 30%. | 30% | CN KZ
            Kyrgyzstan's trade with Uzbekistan: two sets of numbers | Two offices publish different foreign trade figures between Kyrgyzstan and Uzbekistan.\\n\\nThe statistics committee of Kyrgyzstan put foreign trade turnover for the year at $ 336.5 million. | $ 336.5 million | KG UZ
            """)
    void shouldGiveForeignTradeThatTheTextPutsBetweenTwoPartiesToThePair(String title, String body, String figure,
                                                                          String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }

    @Test
    void shouldKeepOneCountrysForeignTradeWithTheWorldWhenTheSentenceNamesItsOwner() {
        String body = "Foreign trade turnover between Kyrgyzstan and Uzbekistan reached $600 million in the half-year."
                + "\n\nMeanwhile, the foreign trade of Uzbekistan as a whole came to $35 billion.";
        assertThat(subjectsOf("Trade notes", body, "$35 billion")).containsExactly("UZ");
    }

    @Test
    void shouldKeepTheWorldTotalWhenTheSentenceSpeaksOfTheCountriesOfTheRegion() {
        String body = "Kazakhstan's foreign trade with the countries of the region grew. Kazakhstan's total foreign "
                + "trade reached $140 billion last year.";
        assertThat(subjectsOf("Kazakhstan trade results", body, "$140 billion")).containsExactly("KZ");
    }
}
