package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 46 (recall46): a bare number that a word of inclusion opens ("including", "of whom", "dont", "parmi eux",
 * "из них", "в том числе", "shundan") is a part of the larger figure counted or measured just before it, and takes its
 * unit; a number joined to that part by a comma or "and" is a further part. Without a larger whole before it (only a
 * sum, a percentage or a smaller figure) the bare number stays no figure.
 */
class SubsetCountsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Border guards stopped 58 lorries last week, including 21 at the Dostyk post.                   | 21 | count
            The farm will add 35 turbines of 4 MW each, including 12 in Turkestan and 9 in Shymkent.      | 9  | count
            Quelque 420 migrants ont été interpellés en mars, dont 260 à la frontière ouzbèke.                 | 260 | count
            Le port a reçu 5 200 wagons en mai. Parmi eux, 1 900 en provenance de Chine.               | 1 900 | count
            За неделю задержали 47 нарушителей границы, из них 19 на таджикском участке.                       | 19 | count
            The new line runs 612 kilometres, of which 140 in the Kyrgyz mountains.                       | 140 | km
            В апреле отправлено 310 вагонов, в т.ч. 120 в Китай.                                              | 120 | count
            """)
    void shouldGiveThePartTheUnitOfItsWhole(String body, String text, String unit) {
        List<ExtractedFigure> found = figures(body).stream().filter(f -> f.text().startsWith(text)).toList();
        assertThat(found).as("figures of %s", figures(body)).hasSize(1);
        assertThat(found.get(0).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "no figure {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports rose by 14%, including 30 from the new plant.                                             | 30
            The fund spent $40 million, including 25 at the Aktau port.                                       | 25
            Officials inspected 12 warehouses, including 40 on the outskirts.                                 | 40
            """)
    void shouldLeaveABareNumberWithoutALargerWhole(String body, String text) {
        assertThat(figures(body)).noneMatch(f -> f.text().equals(text) || f.text().startsWith(text + " "));
    }
}
