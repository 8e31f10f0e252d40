package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the command line answers before any command runs: unknown commands and each service command's help. */
class CommandLineUsageTest {

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "frobnicate --help", "procesor --help", "frobnicate -h x=1"})
    void shouldSayUnknownCommandAndExitTwoWhenTheCommandDoesNotExist(String line) {
        CliRun run = CliRun.of(line.split(" "));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command '" + line.split(" ")[0] + "'").contains("processor");
        assertThat(run.out()).doesNotContain("Usage: steppewatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"processor", "ingester", "notifier"})
    void shouldDescribeTheServiceCommandWhenAskedForHelp(String service) {
        CliRun run = CliRun.of(service, "--help");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Usage: steppewatch " + service).contains("--bootstrap-servers")
                .contains("--config").contains("KEY=VALUE").contains("SIGTERM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"processor", "ingester", "notifier"})
    void shouldRefuseAnArgumentThatIsNotASettingWhenAServiceStarts(String service) {
        CliRun run = CliRun.of(service, "--bootstrap-servers", "127.0.0.1:1", "threads");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("expected key=value, got 'threads'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"processor ledger.tolerence=0.05", "ingester ingester.pol.interval=5m",
            "notifier notifier.digest.perminute=3", "processor bootstrap.server=k:9092"})
    void shouldNameAnUnknownSettingAndExitTwoWhenAServiceStarts(String line) {
        String[] words = line.split(" ");
        CliRun run = CliRun.of(words);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown setting '" + words[1].substring(0, words[1].indexOf('=')) + "'");
    }
}
