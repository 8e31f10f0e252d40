package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no metric whose sentence and paragraph name no country, under a headline of two, is one party's own
 * amount when its clause says so (output, GDP, revenue, ...): the article's main country of the two takes it alone
 * (decision 6 of round 29); anything else keeps the headline's pair. The first paragraph (before the ¶) makes the main
 * country the one the article names most.
 */
class OwnAmountUnderPairHeadlineTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan and Germany sign a copper deal | Uzbekistan's copper sector is growing. Uzbekistan plans new plants and Uzbek engineers train abroad. ¶ The plant's annual production will rise to 300,000 tons by 2029. | 300,000 tons | UZ
            Le Tadjikistan et la Russie | Le Tadjikistan dépend de ses migrants. Le Tadjikistan reste pauvre et les Tadjiks partent. ¶ Cela représente 38 % du PIB national. | 38 % | TJ
            Uzbekistan and Germany sign a copper deal | Uzbekistan's copper sector is growing. Uzbekistan plans new plants and Uzbek engineers train abroad. ¶ The two sides signed 12 agreements on Monday. | 12 agreements | DE UZ
            """)
    void shouldGiveAnOwnAmountToTheArticlesMainCountryOfTheHeadlinesPair(String title, String body, String figure,
                                                                         String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
