package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A table written as prose, one year a line, measures what its opening line names, like a bulleted list. */
class TableRowsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Freight carried by the railways of Kazakhstan in 2012-2014:\\n\\n2012 - 20.1 million tons\\n\\n2013 - 18.2 million tons | 18.2 million | cargo.volume
            Экспорт Казахстана в Китай по годам:\\n\\n2022: 10,5 млрд долларов\\n\\n2023 – 12,1 млрд долларов                | 12,1 млрд    | trade.exports
            Le fret transporté par le port d'Aktau au Kazakhstan:\\n\\n2022 - 5 millions de tonnes\\n\\n2023 - 6 millions de tonnes | 6 millions | cargo.volume
            """)
    void shouldMeasureWhatTheOpeningLineNamesWhenARowStartsWithAYearAndADash(String body, String text, String metric) {
        assertThat(figure(body.replace("\\n", "\n"), text).metric()).isEqualTo(metric);
    }
}
