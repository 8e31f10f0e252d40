package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two figures of one sentence that look like a list of two items but state one relation: each figure's clause names
 * both parties ("A put money into B, while B put money into A"), or the two parties are joined after "between"
 * ("the clashes between A and B left 4 dead, 25 wounded"). Each figure takes both parties, not one of them and a
 * third country the article names elsewhere. The first paragraph (before the ¶) names that third country.
 */
class RelationEachWayTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbek and Kyrgyz business ties | Both countries buy machinery from Turkey. ¶ Uzbek companies have invested $310 million in Kyrgyzstan, while Kyrgyz firms have invested $45 million in Uzbekistan. | $310 million | KG UZ
            Uzbek and Kyrgyz business ties | Both countries buy machinery from Turkey. ¶ Uzbek companies have invested $310 million in Kyrgyzstan, while Kyrgyz firms have invested $45 million in Uzbekistan. | $45 million | KG UZ
            Liens d'affaires kirghizo-ouzbeks | Les deux pays achètent des machines à la Turquie. ¶ L'Ouzbékistan a investi 310 millions de dollars au Kirghizistan, tandis que le Kirghizistan a investi 45 millions de dollars en Ouzbékistan. | 45 millions de dollars | KG UZ
            Узбекско-кыргызские связи | Обе страны закупают технику в Турции. ¶ Узбекистан вложил $310 млн в Кыргызстан, а Кыргызстан вложил $45 млн в Узбекистан. | $45 млн | KG UZ
            """)
    void shouldGiveBothPartiesToFiguresWhoseClausesNameBoth(String title, String body, String figure,
                                                          String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Border tension in the Fergana valley | Russia called for calm on Monday. ¶ The clashes between Kyrgyzstan and Tajikistan left 4 dead, 25 wounded. | 4 dead | KG TJ
            Border tension in the Fergana valley | Russia called for calm on Monday. ¶ The clashes between Kyrgyzstan and Tajikistan left 4 dead, 25 wounded. | 25 wounded | KG TJ
            Tensions à la frontière | La Russie a appelé au calme lundi. ¶ Les affrontements entre le Kirghizistan et le Tadjikistan ont fait 4 morts, 25 blessés. | 4 morts | KG TJ
            Tensions à la frontière | La Russie a appelé au calme lundi. ¶ Les affrontements entre le Kirghizistan et le Tadjikistan ont fait 4 morts, 25 blessés. | 25 blessés | KG TJ
            """)
    void shouldGiveBothPartiesToFiguresAfterPartiesJoinedByBetween(String title, String body, String figure,
                                                                  String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    // Controls: a list whose clauses each name one party keeps one item per figure; "respectively" still pairs them.
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh exports | Kazakhstan sold $5 billion of goods to China, and $3 billion to Russia. | $3 billion | KZ RU
            Tajik trade in 2023 | Tajikistan's main partners were Russia (22.6 percent), China (19.6 percent) and Kazakhstan (15.3 percent). | 19.6 percent | CN TJ
            """)
    void shouldKeepOneItemPerFigureInAListOfClausesNamingOneParty(String title, String body, String figure,
                                                                  String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
