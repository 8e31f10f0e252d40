package io.steppewatch.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code steppewatch} command. */
@Command(name = "steppewatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Watches the news about Central Asia for new figures on sanctions, trade, security and corridors.",
        subcommands = {RunCommand.class, ServiceCommands.Processor.class, ServiceCommands.Ingester.class,
                ServiceCommands.Notifier.class, TailCommand.class, AnalyzeCommand.class, ExtractCommand.class,
                EvaluateCommand.class, AlertsCommand.class, ReplayCommand.class, ReprocessCommand.class, LedgerCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  steppewatch run --feed https://example.org/rss",
                "  steppewatch processor --bootstrap-servers kafka1:9092 --config steppewatch.properties",
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
        return commandLine(System.getenv());
    }

    /** The same, with {@code environment} in place of the process's {@code STEPPEWATCH_*} variables (tests). */
    static CommandLine commandLine(Map<String, String> environment) {
        IFactory defaults = CommandLine.defaultFactory();
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == KafkaOptions.class ? type.cast(new KafkaOptions(environment)) : defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new Main(), factory);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("steppewatch: " + CliErrors.describe(exception));
            return CliErrors.exitCode(exception);
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine line = exception.getCommandLine();
            if (line.getCommandSpec().parent() == null && exception instanceof UnmatchedArgumentException unmatched
                    && firstCommandWord(unmatched.getUnmatched()) != null) {
                return unknownCommand(line, firstCommandWord(unmatched.getUnmatched()));
            }
            line.getErr().println("steppewatch: " + exception.getMessage());
            if (!UnmatchedArgumentException.printSuggestions(exception, line.getErr())) {
                line.usage(line.getErr());
            }
            return CliErrors.USAGE;
        });
        // picocli answers "--help" before it complains about an argument it does not know, so that
        // "steppewatch procesor --help" would print the top-level usage and exit 0: refuse it first.
        commandLine.setExecutionStrategy(parseResult -> {
            String unknown = firstCommandWord(parseResult.unmatched());
            if (!parseResult.hasSubcommand() && unknown != null) {
                return unknownCommand(parseResult.commandSpec().commandLine(), unknown);
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setUnmatchedArgumentsAllowed(false);
        return commandLine;
    }

    private static String firstCommandWord(List<String> unmatched) {
        return unmatched.isEmpty() || unmatched.get(0).startsWith("-") ? null : unmatched.get(0);
    }

    private static int unknownCommand(CommandLine line, String name) {
        line.getErr().println("steppewatch: unknown command '" + name + "'. Commands: "
                + String.join(", ", line.getSubcommands().keySet()) + " (steppewatch --help describes them).");
        return CliErrors.USAGE;
    }
}
