package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One probe sentence per labelling convention, in English, Russian and French, written for the convention audit
 * (bench/corpus/CONVENTIONS-AUDIT.md) in words of our own, the way news writes them. Each states one figure and the
 * unit, measure, metric, subjects and period the convention gives it. The probes the analysis does not follow yet,
 * and those whose convention earlier labels contradict, are kept in the file with their reason and asserted only
 * when the audit is rerun ({@code -Dprobes.all=true}), so the count per language can be taken again.
 */
class ConventionProbesTest {

    private static final String PROBES = "convention-probes.psv";
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    record Probe(String row, String language, LocalDate published, String title, String body, String text,
                 String unit, String measure, String metric, String subjects, String period, String status) {

        boolean asserted() {
            return status.equals("follow") || Boolean.getBoolean("probes.all");
        }

        @Override
        public String toString() {
            return row + " " + language + " [" + status.replaceAll(":.*", "") + "] " + text + " in \"" + body + "\"";
        }
    }

    static Stream<Probe> probes() throws IOException {
        List<Probe> probes = new ArrayList<>();
        try (InputStream in = ConventionProbesTest.class.getResourceAsStream(PROBES);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                if (f.length != 12) {
                    throw new IllegalStateException("probe line with " + f.length + " columns: " + line);
                }
                probes.add(new Probe(f[0].trim(), f[1].trim(),
                        f[2].trim().equals("null") ? null : LocalDate.parse(f[2].trim()),
                        f[3].trim().equals("-") ? "" : f[3].trim(), f[4].trim().replace("\\n", "\n"), f[5].trim(), f[6].trim(),
                        f[7].trim(), f[8].trim(), f[9].trim(), f[10].trim(), f[11].trim()));
            }
        }
        return probes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void shouldLabelProbeAsItsConventionSays(Probe probe) {
        assumeTrue(probe.asserted(), () -> "not followed yet: " + probe.status());
        Analysis analysis = ANALYZER.analyze(new ArticleText("probe", probe.title(), probe.body(),
                probe.published(), null));
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.text().startsWith(probe.text())).findFirst();
        assertThat(found).as("figure '%s' in %s", probe.text(), analysis.figures()).isPresent();
        ExtractedFigure figure = found.get();
        String actual = String.join(" | ", figure.unit(), figure.measure().name().toLowerCase(Locale.ROOT),
                figure.metric(), String.join(",", figure.subjects()), String.valueOf(figure.period()));
        String expected = String.join(" | ", or(probe.unit(), figure.unit()),
                or(probe.measure(), figure.measure().name().toLowerCase(Locale.ROOT)),
                or(probe.metric(), figure.metric()), or(probe.subjects(), String.join(",", figure.subjects())),
                or(probe.period(), String.valueOf(figure.period())));
        assertThat(actual).as("unit | measure | metric | subjects | period of '%s'", figure.text())
                .isEqualTo(expected);
    }

    /** The expected value, or the actual one where the probe checks nothing ('*'). */
    private static String or(String expected, String actual) {
        return expected.equals("*") ? actual : expected;
    }
}
