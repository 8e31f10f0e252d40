package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gas stated with a word of import is the importer's {@code trade.imports} with the country it comes from (settled
 * 2026-12-03): the importer an import verb follows or "to" names, the supplier "from" names or a list writes before
 * the figure.
 */
class ImportPartiesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Besides Russia, last year Armenia also imported gas from neighbours such as Iran (250 million cubic meters) and Georgia (40 million cubic meters). | 250 million cubic meters | AM,IR
            About 2.5 million cubic meters of gas a day are imported from Iran to Armenia through the swap arrangement, the minister noted.                            | 2.5 million cubic meters | AM,IR
            """)
    void shouldTakeTheImporterAndItsSupplier(String body, String text, String subjects) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo("trade.imports");
        assertThat(figure.subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
