package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare number that closes an item of a list after a name and a spaced dash, or in brackets after a name, with a
 * list separator after it, is a count of what the list's lead-in names ({@code other}); a bare number in the same
 * places without the separator, or after no name, stays out.
 */
class ListItemCountsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Queues at the Kazakh border | Some 60 lorries wait to leave Kazakhstan: Alpha post - 12, Beta post - 31 and Gamma - 17. | 31
            Queues at the Kazakh border | Some 60 lorries wait to leave Kazakhstan: Alpha post - 12, Beta post - 31 and Gamma - 17. | 17
            Ввоз машин в Кыргызстан | Больше всего машин ввезли из трёх стран: Германия — 2 310; Корея — 1 045; Китай — 980. | 2 310
            Ввоз машин в Кыргызстан | Ввоз машин по годам: 2021 — 4 120; 2022 — 5 300. | 5 300
            Migrant workers in Uzbekistan | Most came from Tajikistan, followed by Turkey (312), Iran (95) and other states (40). | 312
            """)
    void shouldCountABareNumberWhenItClosesANamedItemOfAList(String title, String body, String figure) {
        List<ExtractedFigure> found = AnalyzedFigures.figuresWithText(title, body, figure);
        assertThat(found).as("figure '%s'", figure).hasSize(1);
        assertThat(found.get(0).unit()).isEqualTo("count");
        assertThat(found.get(0).value()).isEqualTo(Double.parseDouble(figure.replace(" ", "")));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Queues at the Kazakh border | The Alpha post - 31 was closed to lorries from Kazakhstan on Monday. | 31
            Queues at the Kazakh border | The lorries from Kazakhstan wait at post 5 - 31, officials said. | 31
            Migrant workers in Uzbekistan | Workers from Tajikistan are covered by section (12) of the treaty. | 12
            """)
    void shouldLeaveOutABareNumberWhenItClosesNoNamedItem(String title, String body, String figure) {
        assertThat(AnalyzedFigures.figuresWithText(title, body, figure)).isEmpty();
    }
}
