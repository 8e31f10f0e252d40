package io.steppewatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.steppewatch.config.Durations;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the records of one of our topics, decoded. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print the records of a steppewatch topic, decoded, one per line.",
        footer = {"", "Examples:", "  steppewatch tail articles --from-beginning --max 10",
                "  steppewatch tail articles-analyzed --from-beginning --json --max 3 --timeout 60s",
                "  steppewatch tail alerts-trade --json"})
public final class TailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "articles, articles-analyzed, alerts, alerts-<topic>, processor-dlq, notifier-dlq ...")
    String topic;

    @Option(names = "--from-beginning", description = "Start from the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Option(names = "--max", paramLabel = "N", description = "Exit after N records.")
    Integer max;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Exit after this long (e.g. 60s, 5m). Default: never, unless --max is reached.")
    String timeout;

    @Override
    public Integer call() {
        if (max != null && max < 1) {
            throw new IllegalArgumentException("--max must be at least 1, got " + max);
        }
        Duration limit = timeout == null ? null : parseTimeout(timeout);
        KafkaSettings settings = kafka.settings();
        Topics topics = Topics.withPrefix(kafka.topicPrefix());
        String name = topic.startsWith(topics.prefix()) ? topic : topics.name(topic);
        requireTopic(settings, name, topics);
        TopicReader reader = new TopicReader(topics);
        PrintWriter out = spec.commandLine().getOut();
        int printed = 0;
        long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        Map<String, Object> config = settings.consumer(null);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(name)) {
                partitions.add(new TopicPartition(name, info.partition()));
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            while (System.nanoTime() < deadline && (max == null || printed < max)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    out.println(reader.render(record, json));
                    out.flush();
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
            }
        }
        return 0;
    }

    static Duration parseTimeout(String text) {
        try {
            return Durations.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--timeout must be a duration such as 30s, 5m or PT1H, got '" + text + "'");
        }
    }

    static void requireTopic(KafkaSettings settings, String name, Topics topics) {
        Map<String, Object> admin = settings.admin();
        admin.put("default.api.timeout.ms", 15_000);
        admin.put("request.timeout.ms", 10_000);
        try (Admin client = Admin.create(admin)) {
            Set<String> existing = client.listTopics().names().get(15, TimeUnit.SECONDS);
            if (!existing.contains(name)) {
                throw new UnknownTopicException(name, topics.definitions().stream().map(d -> d.name()).toList());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnreachableException(settings.bootstrapServers(), e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new BrokerUnreachableException(settings.bootstrapServers(), e);
        }
    }
}
