package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The extract command started without picocli must read its arguments exactly as picocli does, or leave them. */
class QuickExtractTest {

    @ParameterizedTest
    @ValueSource(strings = {"extract page.html", "extract --json a.html.gz b.html", "extract a.html --stats --json",
            "extract --stats pages/x.html.gz", "extract help", "extract json a.html"})
    void shouldFillTheCommandAsPicocliDoesWhenTheArgumentsArePlain(String line) {
        String[] args = line.split(" ");
        ExtractCommand byPicocli = new ExtractCommand();
        new CommandLine(byPicocli).parseArgs(Arrays.copyOfRange(args, 1, args.length));

        Optional<ExtractCommand> quick = QuickExtract.parse(args);

        assertThat(quick).isPresent();
        assertThat(quick.get().json).isEqualTo(byPicocli.json);
        assertThat(quick.get().stats).isEqualTo(byPicocli.stats);
        assertThat(quick.get().files).isEqualTo(byPicocli.files);
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "extract --json", "extract --help", "extract -h a.html", "extract --version",
            "extract --json --json a.html", "extract --stats a.html --stats", "extract --jsn a.html",
            "extract @files.txt", "extract -- a.html", "extract - a.html", "run --feed a.html", "tail extract a.html"})
    void shouldLeaveTheArgumentsToPicocliWhenTheyAreNotPlain(String line) {
        assertThat(QuickExtract.parse(line.split(" "))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract --json --json a.html", "extract --jsn a.html"})
    void shouldRefuseWithUsageWhenPicocliReadsWhatTheQuickPathLeft(String line) {
        CliRun run = CliRun.of(line.split(" "));

        assertThat(run.code()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err()).startsWith("steppewatch: ");
    }

    @Test
    void shouldLeaveAFileNameThatIsNoPathToPicocliWhenItHasANulCharacter() {
        assertThat(QuickExtract.parse("extract", "a\0b.html")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a/b.html|../c.html", "http://example.org:8080/a/|/x?y=1#z",
            "https://www.example.org|//cdn.example.org/p", "HTTPS://Example.org/a|b", "http://example.org/a|https://other.org/",
            "https://example.org:443/a/b/|./../../../c", "http://user@example.org/a|?q"})
    void shouldResolveAnAddressAsTheJdkDoesWhenTheOfflineHandlersServe(String bases) throws IOException {
        String base = bases.split("\\|")[0];
        String relative = bases.split("\\|")[1];
        URL byJdk = new URL(new URL(base), relative);
        String protocol = base.substring(0, base.indexOf(':')).toLowerCase(Locale.ROOT);
        URL offlineBase = new URL(null, base, QuickExtract.offlineHandler(protocol));
        String resolvedProtocol = byJdk.getProtocol();

        URL offline = new URL(offlineBase, relative, QuickExtract.offlineHandler(resolvedProtocol));

        assertThat(offline.toExternalForm()).isEqualTo(byJdk.toExternalForm());
        assertThat(offline.getDefaultPort()).isEqualTo(byJdk.getDefaultPort());
        assertThat(offline.getPort()).isEqualTo(byJdk.getPort());
        assertThat(offline.getHost()).isEqualTo(byJdk.getHost());
        assertThat(offline.getFile()).isEqualTo(byJdk.getFile());
        assertThat(offline.getRef()).isEqualTo(byJdk.getRef());
    }

    @Test
    void shouldRefuseToConnectAndLeaveOtherProtocolsToTheJdkWhenOffline() throws IOException {
        URL address = new URL(null, "https://example.org/", QuickExtract.offlineHandler("https"));

        assertThatThrownBy(address::openConnection).isInstanceOf(IOException.class).hasMessageContaining("saved pages");
        assertThat(QuickExtract.offlineHandler("ftp")).isNull();
        assertThat(QuickExtract.offlineHandler("file")).isNull();
    }
}
