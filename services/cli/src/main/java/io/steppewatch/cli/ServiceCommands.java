package io.steppewatch.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.steppewatch.config.LayeredConfig;
import io.steppewatch.ingester.IngesterService;
import io.steppewatch.notifier.NotifierService;
import io.steppewatch.processor.ProcessorService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code steppewatch processor | ingester | notifier}: one service alone against an existing cluster, as on
 * plain VMs, with the same settings as {@code run} and the same entry point ({@code XxxService.create}). Each
 * blocks until SIGTERM or Ctrl-C, then finishes its work in flight and stops.
 */
final class ServiceCommands {

    private ServiceCommands() {
    }

    /** {@code key=value} arguments, which win over the file and the environment. */
    static Map<String, String> settings(List<String> arguments) {
        Map<String, String> values = new HashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + argument + "'");
            }
            values.put(argument.substring(0, equals).trim(), argument.substring(equals + 1).trim());
        }
        return values;
    }

    /** Runs the processor alone. */
    @Command(name = "processor", mixinStandardHelpOptions = true,
            description = {"Run the processor alone against an existing Kafka cluster, until SIGTERM or Ctrl-C.",
                    "Settings: key=value arguments, then --config FILE, then STEPPEWATCH_* variables, then defaults."},
            footer = {"", "Examples:", "  steppewatch processor --bootstrap-servers kafka1:9092 --config steppewatch.properties",
                    "  steppewatch processor processor.threads=2 ops.port=9400"})
    static final class Processor implements Callable<Integer> {

        @Mixin
        KafkaOptions kafka;

        @Parameters(paramLabel = "KEY=VALUE", arity = "0..*", description = "Settings that win over the file and the environment.")
        List<String> settings = new ArrayList<>();

        @Override
        public Integer call() throws InterruptedException {
            ProcessorService.run(config(kafka, settings));
            return 0;
        }
    }

    /** Runs the ingester alone. */
    @Command(name = "ingester", mixinStandardHelpOptions = true,
            description = {"Run the ingester alone against an existing Kafka cluster, until SIGTERM or Ctrl-C.",
                    "Settings: key=value arguments, then --config FILE, then STEPPEWATCH_* variables, then defaults."},
            footer = {"", "Examples:", "  steppewatch ingester --bootstrap-servers kafka1:9092 ingester.feeds.file=feeds.yaml"})
    static final class Ingester implements Callable<Integer> {

        @Mixin
        KafkaOptions kafka;

        @Parameters(paramLabel = "KEY=VALUE", arity = "0..*", description = "Settings that win over the file and the environment.")
        List<String> settings = new ArrayList<>();

        @Override
        public Integer call() throws InterruptedException {
            IngesterService.run(config(kafka, settings));
            return 0;
        }
    }

    /** Runs the notifier alone. */
    @Command(name = "notifier", mixinStandardHelpOptions = true,
            description = {"Run the notifier alone against an existing Kafka cluster, until SIGTERM or Ctrl-C.",
                    "Settings: key=value arguments, then --config FILE, then STEPPEWATCH_* variables, then defaults."},
            footer = {"", "Examples:",
                    "  steppewatch notifier --bootstrap-servers kafka1:9092 notifier.subscriptions.file=subscriptions.yaml"})
    static final class Notifier implements Callable<Integer> {

        @Mixin
        KafkaOptions kafka;

        @Parameters(paramLabel = "KEY=VALUE", arity = "0..*", description = "Settings that win over the file and the environment.")
        List<String> settings = new ArrayList<>();

        @Override
        public Integer call() throws InterruptedException {
            NotifierService.run(config(kafka, settings));
            return 0;
        }
    }

    private static LayeredConfig config(KafkaOptions kafka, List<String> settings) {
        return kafka.layered(settings(settings));
    }
}
