package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Oil on Druzhba to Germany in an article that names Kazakh oil is Kazakhstan's (LABEL-FIXES decision 4 of round 28:
 * the shipper, the way, the destination), also where the sentence itself names only the buyer or the line; Russian
 * oil on the same line is not.
 */
class KazakhOilOnDruzhbaTest {

    private static final String TITLE = "Energy news";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh oil flows west. | In June, a German refinery sought to lift oil supplies through the Druzhba line to Germany to 2.5 mln tons. | DE KZ
            Shipments of Kazakh crude to Schwedt continue. | Last year, it shipped 2.5 mln tons of crude to Germany via Druzhba, replacing Russian supplies. | DE KZ RU
            """)
    void shouldGiveOilToGermanyOnDruzhbaItsKazakhShipper(String lead, String sentence, String subjects) {
        assertThat(subjectsOf(TITLE, lead + "\n\n" + sentence, "2.5 mln tons"))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }

    @Test
    void shouldNotGiveRussianOilOnDruzhbaToKazakhstan() {
        String body = "Kazakh crude reached the Schwedt refinery for the first time in February. Before 2023 the "
                + "plant took oil from Russia via Druzhba, some 10 million tonnes a year, for Germany's east.";
        assertThat(subjectsOf(TITLE, body, "10 million tonnes")).doesNotContain("KZ");
    }
}
