package io.steppewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code steppewatch} command. */
@Command(name = "steppewatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Watches the news about Central Asia for new figures on sanctions, trade, security and corridors.",
        subcommands = {RunCommand.class, TailCommand.class, AnalyzeCommand.class, ExtractCommand.class,
                EvaluateCommand.class, AlertsCommand.class, ReplayCommand.class, ReprocessCommand.class, LedgerCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  steppewatch run --feed https://example.org/rss",
                "  steppewatch tail articles-analyzed --from-beginning --json --max 3"})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with our error handling: one readable line and a meaningful exit code. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("steppewatch: " + CliErrors.describe(exception));
            return CliErrors.exitCode(exception);
        });
        return commandLine;
    }
}
