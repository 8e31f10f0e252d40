package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no metric whose sentence names one country takes a partner only from the headline or the paragraph
 * (decision 6 of round 29): a country the article names often elsewhere is no partner of it. The bodies' first
 * paragraph (before the ¶) names that other country several times, so it ranks second in the article.
 */
class PartnerFromHeadlineOrParagraphTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan's car market | China's carmakers are growing fast. China sold many cars and China's factories rose. Chinese brands dominate. ¶ In the first quarter some 9,000 cars were imported into Kyrgyzstan. | 9,000 cars | KG
            Tajikistan's railways | China's railways are growing. China and China's ports rose. Chinese trains dominate. ¶ Roads carry the rest, while rail makes up 64.5 percent of Tajikistan's foreign freight turnover. | 64.5 percent | TJ
            Торговля Азербайджана | Турция растёт. Турция продаёт. Турецкие марки. ¶ Товарооборот Азербайджана со странами Организации тюркских государств за полугодие составил 3,9 млрд долларов. | 3,9 млрд долларов | AZ
            """)
    void shouldKeepTheOneCountryWhenNeitherHeadlineNorParagraphNamesAPartner(String title, String body, String figure,
                                                                            String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
