package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 61 of round 38: joint projects already completed are `other` even when the text calls them joint, those
 * under way stay `jointprojects.*`; the worth of deals or agreements is `other` whether or not the sentence tells of
 * their signature, while a sum one party is said to invest stays `investment.total`.
 */
class DecidedProjectsAndDealsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Turkey have already completed 41 joint projects worth $6 billion.                         | 41 joint          | other
            Kazakhstan and Turkey have already completed 41 joint projects worth $6 billion.                         | $6 billion        | other
            Казахстан и Турция: уже реализовано 12 казахстанско-турецких проектов.                                   | 12                | other
            L'Ouzbékistan et la Corée ont réalisé 14 projets communs pour 900 millions de dollars.                   | 900 millions      | other
            Uzbekistan and Korea are implementing 30 joint projects worth $7 billion.                                | 30 joint          | jointprojects.count
            Uzbekistan and Korea are implementing 30 joint projects worth $7 billion.                                | $7 billion        | jointprojects.value
            """)
    void shouldCallCompletedJointProjectsOtherButKeepThoseUnderWay(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Qatar and Kazakhstan agreed on 7 investment deals worth $3bn in Doha.                                     | $3bn         | other
            Qatar and Kazakhstan reached 7 investment agreements, worth over QR11 billion ($3 billion), in Doha.     | $3 billion   | other
            A Qatari utility said it will sign a $1.1 billion deal with Kazakhstan for a solar park.                  | $1.1 billion | other
            Qatar will invest $3 billion in Kazakhstan's solar parks.                                                 | $3 billion   | investment.total
            """)
    void shouldCallTheWorthOfDealsOtherWithOrWithoutASignature(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Last month Washington blocked the accounts of 40 companies from Kazakhstan and Russia.                    | 40                | other
            In total, more than 25 Russian companies were restricted by Washington.                                  | 25                | other
            Министерство торговли США ограничило поставку технологий для 14 компаний из России.                       | 14 компаний       | other
            More than 400 companies with Russian capital operate in Kyrgyzstan.                                        | 400               | companies.count
            """)
    void shouldCallCompaniesAnActTargetsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @Test
    void shouldReadAListItemOfCompaniesWithTheSentenceOpeningTheList() {
        String body = "The United States widened its measures against Russia on Friday.\n\nSanctions are imposed against:\n\n"
                + "- 9 Russian companies,\n\n- 4 Chinese structures.";
        assertThat(figure(body, "9 Russian").metric()).isEqualTo("other");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            During his visit to Bishkek on March 3 the envoy met officials of Kyrgyzstan. He said some 60 goods, mostly machine parts, are checked for re-export to Russia. | 60 goods | other
            During his visit to Astana the Hungarian minister met Kazakh officials. The minister said Hungary offers 85 types of goods worth $500 million. | 85 types | other
            """)
    void shouldNotCountGoodsAsVisits(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
