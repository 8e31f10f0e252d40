package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.steppewatch.analysis.SharedMaterial;

/**
 * Scores the figure extractor on the Recognizers-Text number specs in ../shared/bench/numbers.
 *
 * <p>A case is an input with at least one expected result in a unit we support (dollar, euro, pound, yuan,
 * percent) and a value, or an input with no expected result at all (the extractor must then find no figure of
 * the file's kind). It passes when every supported result is found with the same span (start and end), value
 * and unit. Results of units we do not support (yen, rupee, cents...) and results without a value ("dollar"
 * alone) are left out. Skipped when the folder is absent.
 */
class NumbersBenchTest {

    private static final Logger LOG = LoggerFactory.getLogger(NumbersBenchTest.class);
    private static final double TARGET = 0.95;
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("Dollar", "USD"), Map.entry("United States dollar", "USD"), Map.entry("Dollar États-Unis", "USD"),
            Map.entry("Euro", "EUR"), Map.entry("Chinese yuan", "CNY"), Map.entry("Yuan Chinois", "CNY"),
            Map.entry("Pound", "GBP"), Map.entry("British pound", "GBP"), Map.entry("Livre", "GBP"));

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    private record Expected(int start, int end, double value, String unit, String text) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"English-CurrencyModel.json", "French-CurrencyModel.json", "English-PercentModel.json",
        "French-PercentModel.json"})
    void shouldMatchSpanValueAndUnitOnAtLeast95PercentWhenScoringRecognizersSpecs(String file) throws IOException {
        Path path = SharedMaterial.shared().resolve("bench/numbers").resolve(file);
        assumeTrue(Files.isRegularFile(path), "no ../shared/bench/numbers: skipped");
        String language = file.startsWith("French") ? "fr" : "en";
        boolean percentFile = file.contains("Percent");
        int cases = 0;
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(path.toFile())) {
            String input = node.get("Input").asText();
            List<Expected> expected = new ArrayList<>();
            boolean onlyUnsupported = node.get("Results").size() > 0;
            for (JsonNode result : node.get("Results")) {
                String unit = percentFile ? "percent" : UNITS.get(result.path("Resolution").path("unit").asText());
                String value = result.path("Resolution").path("value").asText(null);
                if (unit == null || value == null || value.equals("null")) {
                    continue;
                }
                onlyUnsupported = false;
                expected.add(new Expected(result.get("Start").asInt(), result.get("End").asInt() + 1,
                        Double.parseDouble(value.replace("%", "").replace(',', '.')), unit, result.get("Text").asText()));
            }
            if (onlyUnsupported || (expected.isEmpty() && node.get("Results").size() > 0)) {
                continue;
            }
            cases++;
            List<SurfaceFigure> found = extractor.extract(input, language);
            boolean pass = expected.isEmpty()
                    ? found.stream().noneMatch(f -> percentFile ? f.unit().equals("percent") : f.isMoney())
                    : expected.stream().allMatch(e -> found.stream().anyMatch(f -> matches(e, f)));
            if (pass) {
                passed++;
            } else {
                failures.add(input + "  expected " + expected + "  found "
                        + found.stream().map(f -> "[" + f.text(input) + "] " + f.value() + " " + f.unit()).toList());
            }
        }
        double rate = cases == 0 ? 1 : (double) passed / cases;
        LOG.info("{}: {}/{} cases pass = {}", file, passed, cases, String.format(Locale.ROOT, "%.1f %%", rate * 100));
        failures.forEach(f -> LOG.info("  failed: {}", f));
        assertThat(cases).isPositive();
        assertThat(rate).as("pass rate on %s", file).isGreaterThanOrEqualTo(TARGET);
    }

    private static boolean matches(Expected expected, SurfaceFigure figure) {
        // The specs' End is off by one in a few cases; Start and Text define the span.
        boolean sameSpan = figure.end() == expected.end() || figure.end() - figure.start()
                == expected.text().replaceAll("[.\\s]+$", "").length();
        return figure.start() == expected.start() && sameSpan
                && figure.unit().equals(expected.unit())
                && Math.abs(figure.value() - expected.value()) <= Math.abs(expected.value()) * 1e-9 + 1e-9;
    }
}
