package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum given as what papers are for ("contrats pour", "agreements for", "контракты на") or closing a list item that
 * opens on the paper's name is the worth of those papers: other (decision 61 of round 38; round 47: gold-zr, gold-zs
 * and gold-b label such sums other). A sum a trade word governs stays trade, even in a sentence with a paper in it.
 */
class PaperWorthsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Japan and Turkmenistan trade grew last year, and during the visit the two sides signed contracts for more than $9 billion. | $9 billion | other
            Les exportations du Kazakhstan vers la Chine ont progressé, et des accords ont été conclus pour quatre milliards de dollars entre les deux pays. | quatre milliards de dollars | other
            - Инвестиционное соглашение между Министерством энергетики Казахстана и китайской компанией о строительстве ветровой электростанции - 650 млн долларов;    | 650 млн долларов | other
            Kazakhstan's exports to China reached $14 billion last year, officials said after the agreements were signed. | $14 billion | trade.exports
            """)
    void shouldReadWhatPapersAreForAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
