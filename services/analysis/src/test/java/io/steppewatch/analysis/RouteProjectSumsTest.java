package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The money and years of the railway project an article is about are the whole line's, so of every country it links
 * (round 27: a route with no corridor code takes the countries it links; decision 6 of round 29: a named route's cost
 * takes them all), where the sentence names no country, town, bloc or corridor of its own; a part of the line in one
 * country and a deal's worth are left alone.
 */
class RouteProjectSumsTest {

    private static final String TITLE = "China–Kyrgyzstan–Uzbekistan railway gets its budget line";
    private static final String LEAD = "Kyrgyzstan has approved its share of the financing of the railway linking China, "
            + "Kyrgyzstan and Uzbekistan, after parliament in Bishkek backed the project in the spring.\n\n";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Kyrgyz money comes in three tranches. Next year the government will allocate 3.1 billion soms (about $35.4 million), then 4.2 billion soms (about $48 million) in 2027. | $35.4 million
            The Kyrgyz money comes in three tranches. Next year the government will allocate 3.1 billion soms (about $35.4 million), then 4.2 billion soms (about $48 million) in 2027. | $48 million
            Les fonds kirghiz sont versés en trois tranches. En 2026, le gouvernement allouera 3,1 milliards de soms (environ 33,9 millions d'euros), puis 4,2 milliards en 2027 (environ 45,9 millions d'euros). | 33,9 millions d'euros
            """)
    void shouldGiveTheLinesMoneyToEveryCountryItLinks(String sentence, String figure) {
        assertThat(subjectsOf(TITLE, LEAD + sentence, figure)).containsExactlyInAnyOrder("CN", "KG", "UZ");
    }

    @Test
    void shouldLeaveASectionInOneCountryToThatCountry() {
        String body = LEAD + "Building the section through Kyrgyzstan's mountains will cost about $2.1 billion.";
        assertThat(subjectsOf(TITLE, body, "$2.1 billion")).containsExactly("KG");
    }
}
