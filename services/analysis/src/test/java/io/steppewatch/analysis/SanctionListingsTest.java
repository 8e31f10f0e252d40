package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of persons or companies a sanction lists takes the sanctioning party and the countries the count is from or
 * based in, in the list written right after it; with no such list, the sanctioning party alone, from the sentence or
 * from its paragraph (LABEL-FIXES: sanctions listings, the sanctioning party and the listed countries).
 */
class SanctionListingsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new round of EU sanctions targets 40 companies from Turkey, India and Kazakhstan.                      | 40 companies  | EU,TR,IN,KZ
            The US Treasury has added 15 entities based across Kazakhstan and China to its sanctions list.            | 15 entities   | US,KZ,CN
            Евросоюз включил в санкционный список 9 компаний из Узбекистана и Турции.                                 | 9 компаний    | EU,UZ,TR
            Les sanctions de l'Union européenne visent 30 entreprises originaires de Chine et du Kazakhstan.           | 30 entreprises | EU,CN,KZ
            """)
    void shouldTakeTheSanctioningPartyAndTheListedCountries(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }

    /** No country of its own: the sanctioning party its paragraph named, and no country the article names elsewhere. */
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports from Kyrgyzstan to Russia grew fast. The EU adopted its new package on Friday. It imposes sanctions on 60 individuals. | 60 individuals | EU
            """)
    void shouldTakeTheParagraphsSanctioningPartyAlone(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }

    /** Groups joined by "and" before one list of countries: the list is every group's (decision 42 of round 36). */
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The US sanctions list now holds 12 individuals and more than 30 firms based in Turkey and Armenia.          | 12 individuals | US,TR,AM
            Евросоюз ввёл санкции против 7 физических лиц и 15 компаний из Казахстана и Турции.                          | 7 физических   | EU,KZ,TR
            The latest EU sanctions target 45 companies from Russia and other countries, including Turkey and China.  | 45 companies   | EU,RU,CN,TR
            """)
    void shouldGiveTheListToEveryGroupAndToItsPart(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
