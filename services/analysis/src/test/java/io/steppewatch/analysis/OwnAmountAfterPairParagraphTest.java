package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that names no country goes on about the countries its paragraph named; but when its clause says one
 * party's own amount (what a country consumes, needs, produces or holds in stock, how many live there) and nothing
 * that passes between parties, the amount is the article's main country's alone, not the pair's (decision 6 of round
 * 29: "a figure whose sentence names no country takes ... the one country it belongs to"). A clause of deliveries
 * keeps the pair. The first paragraph (before the ¶) makes the main country the one the article names most.
 */
class OwnAmountAfterPairParagraphTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Sugar market news | Kazakhstan sets new sugar quotas. Kazakhstan also caps retail prices. ¶ Kazakhstan agreed with Russia on more sugar this year. The monthly consumption is 48,000 tons. | 48,000 tons | KZ
            Sugar market news | Kazakhstan sets new sugar quotas. Kazakhstan also caps retail prices. ¶ Kazakhstan agreed with Russia on more sugar this year. In winter the demand rises to 55,000 tons. | 55,000 tons | KZ
            Sugar market news | Kazakhstan sets new sugar quotas. Kazakhstan also caps retail prices. ¶ Kazakhstan agreed with Russia on more sugar this year. The stocks in warehouses stand at 136,000 tons. | 136,000 tons | KZ
            Sucre : le marché | Le Kazakhstan fixe des quotas de sucre. Le Kazakhstan plafonne aussi les prix. ¶ Le Kazakhstan s'est entendu avec la Russie sur davantage de sucre. La consommation mensuelle est de 48 000 tonnes. | 48 000 tonnes | KZ
            Рынок сахара | Казахстан вводит квоты на сахар. Казахстан ограничил цены. ¶ Казахстан договорился с Россией о поставках сахара. Зимой спрос вырастает до 48 тысяч тонн. | 48 тысяч тонн | KZ
            Sugar market news | Kazakhstan sets new sugar quotas. Kazakhstan also caps retail prices. ¶ Kazakhstan agreed with Russia on more sugar this year. The deliveries will reach 48,000 tons. | 48,000 tons | KZ RU
            """)
    void shouldGiveAnOwnAmountAfterAParagraphOfTwoToTheMainCountry(String title, String body, String figure,
                                                                   String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    // Under a headline of two countries, a sentence naming none that counts inhabitants speaks of one country's own
    // amount ("habitants", "inhabitants" say so as "population" does).
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            L'Ouzbékistan achètera du gaz à la Russie | L'Ouzbékistan manque de gaz. L'Ouzbékistan réduit ses ventes à la Chine. ¶ Quelque 36 millions d'habitants se chauffent au gaz. | 36 millions d'habitants | UZ
            Uzbekistan to buy gas from Russia | Uzbekistan lacks gas. Uzbekistan cuts its sales to China. ¶ About 36 million inhabitants heat their homes with gas. | 36 million inhabitants | UZ
            """)
    void shouldGiveInhabitantsUnderAPairHeadlineToTheMainCountry(String title, String body, String figure,
                                                                String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
