package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes of a product that a text counts as dispatched or loaded as freight are `cargo.volume` whatever the product
 * (the labels' rule for a product carried by rail), in each language's loading and dispatch words.
 */
class CarriedProductTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String body, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, LocalDate.of(2025, 6, 20), null));
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.offset() >= 0 && f.text().startsWith(text))
                .findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Станции назвали 3 млн тонн отправленного за полгода угля.          | 3 млн тонн     | cargo.volume
            Станциялардан жарты жылда 3 млн тонна көмір жөнелтілді.             | 3 млн тонна    | cargo.volume
            In six months 3 million tons of coal were loaded at the stations.   | 3 million tons | cargo.volume
            """)
    void shouldReadLoadedOrDispatchedTonnesAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
