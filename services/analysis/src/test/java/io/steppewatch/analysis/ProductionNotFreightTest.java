package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a farm harvests or an industry makes is neither freight nor trade: a figure whose nearest word is one of
 * production, in any of the five languages, is {@code other}, even when the sentence before spoke of cargo. The last
 * row guards freight named nearer than the harvest.
 */
class ProductionNotFreightTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The terminal is able to handle grain. Farmers harvested 300,000 tonnes of wheat in the region this year.       | 300,000 tonnes     | other
            Cargo traffic fell by 12 percent, and manufacturing by 3 percent.                                               | 3 percent          | other
            Le terminal peut traiter du blé. La récolte de cette année a atteint 2 millions de tonnes.                      | 2 millions de tonnes | other
            Порт готов принимать зерно. Урожай пшеницы составил 15 млн тонн.                                                | 15 млн тонн        | other
            The railway carried 4 million tonnes of grain from the new harvest to the ports.                                | 4 million tonnes   | cargo.volume
            """)
    void shouldLeaveProductionOutOfTheFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
