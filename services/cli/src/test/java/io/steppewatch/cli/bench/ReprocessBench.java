package io.steppewatch.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.steppewatch.avro.Article;
import io.steppewatch.broker.EmbeddedKafkaBroker;
import io.steppewatch.cli.Main;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;

import picocli.CommandLine;

/**
 * {@code steppewatch reprocess --dry-run} over a history of N articles (default 100,000) on the embedded
 * broker; prints the command's own report, whose {@code rate:} line is the figure.
 *
 * <p>Run: {@code bench/cli/reprocess.sh [articles]}.
 */
public final class ReprocessBench {

    private static final String[] PAIRS = {"Kazakhstan and China", "Uzbekistan and Russia", "Kyrgyzstan and China",
            "Tajikistan and Russia", "Turkmenistan and China", "Kazakhstan and Uzbekistan"};
    private static final String FILLER = " Officials described the relationship as strategic and pointed to new"
            + " logistics routes, customs cooperation and the growing role of regional banks in settlements.";

    private ReprocessBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("steppewatch-reprocess-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOnFreePort(dir.resolve("kafka"))) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            Topics topics = Topics.defaults();
            TopicAdmin.ensure(kafka, topics.definitions());
            Instant base = Instant.parse("2025-06-01T00:00:00Z");
            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(kafka.producer(),
                    topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
                for (int i = 0; i < count; i++) {
                    String id = String.format("history-%07d", i);
                    String text = String.format("Trade turnover between %s reached $%d.%d billion in %d.",
                            PAIRS[i % PAIRS.length], 1 + i % 50, i % 10, 1900 + (i / PAIRS.length) % 120) + FILLER;
                    producer.send(new ProducerRecord<>(topics.articles().name(), id, Article.newBuilder().setId(id)
                            .setUrl("https://news.example.org/" + id).setFeed("bench").setSource("Bench")
                            .setTitle("Regional trade report").setText(text).setLanguage("en").setPublished(base)
                            .setFetched(base).setContentHash("h" + i).build()));
                }
            }
            System.out.printf("%d articles in %s; running steppewatch reprocess --dry-run%n", count, topics.articles().name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CommandLine line = Main.commandLine();
            line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
            int code = line.execute("reprocess", "--dry-run", "--bootstrap-servers", broker.bootstrapServers());
            out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("  ")).forEach(System.out::println);
            System.out.printf("exit %d; %d cores, machine load %.1f%n", code, Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
