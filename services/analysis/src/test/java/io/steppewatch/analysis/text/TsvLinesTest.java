package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvLinesTest {

    @Test
    void shouldSkipBlankAndCommentLinesWhenReading() throws IOException {
        List<TsvLines.Line> lines = TsvLines.read(new StringReader("# header\n\na\tb\n   \nc\td\te\n"), "x.tsv");

        assertThat(lines).extracting(TsvLines.Line::number).containsExactly(3, 5);
        assertThat(lines.get(0).columns()).containsExactly("a", "b");
        assertThat(lines.get(1).columns()).containsExactly("c", "d", "e");
        assertThat(lines.get(1).where()).isEqualTo("x.tsv:5");
    }

    @Test
    void shouldNameFileAndLineWhenColumnCountIsWrong(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# units\nscale\t1e6\n", StandardCharsets.UTF_8);
        TsvLines.Line line = TsvLines.fromFile(file, "unit file").get(0);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> line.columns(3, "kind, value, form"));

        assertThat(error.getMessage()).isEqualTo(file + ":2: expected 3 tab-separated columns (kind, value, form), got 2: "
                + "scale\t1e6");
    }

    @Test
    void shouldPrefixClasspathWhenLineComesFromResource() {
        List<TsvLines.Line> lines = TsvLines.fromResource(TsvLines.class, "/io/steppewatch/analysis/figures/units.tsv",
                "unit lexicon");

        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0).where()).startsWith("classpath:/io/steppewatch/analysis/figures/units.tsv:");
    }

    @Test
    void shouldSayWhatIsMissingWhenResourceIsAbsent() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TsvLines.fromResource(TsvLines.class, "/no/such.tsv", "gazetteer resource"));

        assertThat(error.getMessage()).isEqualTo("gazetteer resource not found on the classpath: /no/such.tsv");
    }

    @Test
    void shouldNameFileWhenItCannotBeRead(@TempDir Path dir) {
        Path missing = dir.resolve("absent.tsv");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> TsvLines.fromFile(missing, "cue file"));

        assertThat(error.getMessage()).isEqualTo("cannot read cue file " + missing);
    }
}
