package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metrics and measures of freight, capacity and figures that point back, as unseen articles write them. */
class FreightMetricsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String body, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body.replace("\\n", "\n"),
                LocalDate.of(2024, 3, 5), null));
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.text().equals(text) || f.text().equals(text + ".")).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Caspian Pipeline Consortium transshipped 16.3 million tons of oil in the first quarter of 2023.          | 16.3 million tons | cargo.volume
            The oil transshipment via KazTransOil's pipelines reached 10.3 million tons, up by 6.1 percent.          | 6.1 percent       | cargo.volume
            Le transbordement de pétrole au terminal a atteint 12 millions de tonnes.                                 | 12 millions de tonnes | cargo.volume
            В 2023 году прокачка нефти по нефтепроводу составила 20 млн тонн.                                        | 20 млн тонн       | cargo.volume
            Kazakhstan plans to reduce oil exports through the Caspian Pipeline Consortium system by 70 percent.     | 70 percent        | cargo.volume
            """)
    void shouldReadFreightWhenOilPassesThroughAPipelineOrTerminal(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
