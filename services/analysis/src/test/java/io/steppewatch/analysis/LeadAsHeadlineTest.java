package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title line that names no party (a site and its section, "Daily Wire: Economy") leaves the headline's part to the
 * body's first sentence: the partner a later sentence leaves out is the one that sentence names, not the country
 * the article happens to mention most.
 */
class LeadAsHeadlineTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Daily Wire: Economy | Mongolia's foreign trade reached $9 billion in the first half of 2024. Most copper goes to Japan. Japan buys coal too. Exports to Japan came to $700 million. Japan was followed by Korea with $90 million. | $700 million | JP MN
            Le Fil : Économie | Le commerce extérieur de la Mongolie a atteint 9 milliards de dollars. Le Japon achète le cuivre. Le Japon achète aussi le charbon. Les exportations vers le Japon ont atteint 700 millions de dollars. | 700 millions de dollars | JP MN
            """)
    void shouldTakeTheLeadSentencesPartiesWhenTheTitleNamesNone(String title, String body, String figure,
                                                               String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @Test
    void shouldReadALeadOnOneCountrysForeignTradeAsAHeadlineWould() {
        String body = "Mongolia's foreign trade reached $9 billion in the first half of 2024.\n\n"
                + "Most copper goes to Japan. Japan buys coal too. Japan's buyers paid more.\n\n"
                + "Imports grew by 4 percent.";
        assertThat(subjectsOf("Daily Wire: Economy", body, "4 percent")).containsExactly("MN");
    }

    @Test
    void shouldFindTheLeadPastBlankLinesThatOpenTheBody() {
        String body = "\n\nMongolia's foreign trade reached $9 billion in the first half of 2024. Most copper goes to Japan. "
                + "Japan buys coal too. Japan's buyers paid more. Exports to Korea came to $90 million.";
        assertThat(subjectsOf("Daily Wire: Economy", body, "$90 million")).containsExactlyInAnyOrder("KR", "MN");
    }
}
