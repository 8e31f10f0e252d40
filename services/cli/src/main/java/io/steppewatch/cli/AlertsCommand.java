package io.steppewatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.avro.Alert;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.RecordJson;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.slack.PlainTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Alerts for people and scripts. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Read the alert topics.",
        subcommands = {AlertsCommand.Tail.class},
        footer = {"", "Examples:", "  steppewatch alerts tail", "  steppewatch alerts tail --topic trade --since 2025-11-01 --json"})
public final class AlertsCommand {

    /** {@code steppewatch alerts tail}. */
    @Command(name = "tail", mixinStandardHelpOptions = true,
            description = {"Print alerts: one readable block each for a terminal, or JSON lines for scripts.",
                    "Without --from-beginning or --since it waits for new alerts (as with --follow)."},
            footer = {"", "Examples:", "  steppewatch alerts tail                                # new alerts, as they come",
                    "  steppewatch alerts tail --topic trade --topic sanctions --since 2025-11-01",
                    "  steppewatch alerts tail --from-beginning --json | jq .figure.metric"})
    public static final class Tail implements Callable<Integer> {

        private static final Logger LOG = LoggerFactory.getLogger(Tail.class);

        @Spec
        CommandSpec spec;

        @Mixin
        KafkaOptions kafka;

        @Option(names = "--topic", paramLabel = "TOPIC", description = "sanctions, trade, security or corridors; repeatable. Default: all alerts.")
        List<String> topicNames = new ArrayList<>();

        @Option(names = "--from-beginning", description = "Start with the oldest alert.")
        boolean fromBeginning;

        @Option(names = "--since", paramLabel = "DATE", description = "Start with the alerts of this date (YYYY-MM-DD or an ISO instant).")
        String since;

        @Option(names = "--json", description = "One JSON object per alert.")
        boolean json;

        @Option(names = "--follow", description = "Keep waiting for new alerts after the history (Ctrl-C to stop).")
        boolean follow;

        final AtomicBoolean stopped = new AtomicBoolean();

        @Override
        public Integer call() {
            if (fromBeginning && since != null) {
                throw new IllegalArgumentException("give --from-beginning or --since, not both");
            }
            Instant start = Dates.parse("--since", since);
            boolean history = fromBeginning || start != null;
            boolean keepFollowing = follow || !history;
            KafkaSettings settings = kafka.settings();
            Topics topics = Topics.withPrefix(kafka.topicPrefix());
            List<String> names = new ArrayList<>();
            if (topicNames.isEmpty()) {
                names.add(topics.alerts().name());
            } else {
                topicNames.forEach(t -> names.add(topics.alertsFor(t).name()));
            }
            for (String name : names) {
                TailCommand.requireTopic(settings, name, topics);
            }
            AvroSerde<Alert> serde = AvroSerde.of(Alert.class);
            PrintWriter out = spec.commandLine().getOut();
            Set<String> shown = new HashSet<>();
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings.consumer(null),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                names.forEach(n -> consumer.partitionsFor(n).forEach(p -> partitions.add(new TopicPartition(n, p.partition()))));
                consumer.assign(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                if (history) {
                    HistoryReader.startOffsets(consumer, partitions, start).forEach(consumer::seek);
                } else {
                    consumer.seekToEnd(partitions);
                }
                while (!stopped.get()) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                        print(record, serde, shown, out);
                    }
                    out.flush();
                    if (!keepFollowing && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                        break;
                    }
                }
            }
            return 0;
        }

        private void print(ConsumerRecord<byte[], byte[]> record, AvroSerde<Alert> serde, Set<String> shown, PrintWriter out) {
            Alert alert;
            try {
                alert = serde.decode(record.value());
            } catch (RuntimeException e) {
                LOG.warn("Unreadable alert at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
                return;
            }
            // The same alert may sit on several topic topics; show it once.
            if (!shown.add(alert.getId())) {
                return;
            }
            out.println(json ? RecordJson.toJson(alert) : PlainTextRenderer.console(alert) + System.lineSeparator());
        }
    }
}
