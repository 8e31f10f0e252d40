package io.steppewatch.ingester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.avro.Article;
import io.steppewatch.ingester.testing.FeedFixtures;
import io.steppewatch.ingester.testing.FeedFixtures.Item;
import io.steppewatch.ingester.testing.LocalHttpServer;
import io.steppewatch.ingester.testing.MutableClock;
import io.steppewatch.kafka.Topic;
import io.steppewatch.kafka.Topics;
import io.steppewatch.testkit.KafkaBrokerExtension;

/**
 * The production ingester (Kafka sink, recovery from the articles topic, the region gazetteer) against a
 * real broker: one article carried by two feeds is published once, a restart publishes nothing, a changed
 * body is published again under the same id.
 */
class IngesterIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private LocalHttpServer server;
    private Topics topics;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    /** The feeds' dates are fixed, so the ingester's "now" is too: the test means the same on any day. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));

    @BeforeEach
    void setUp() throws IOException {
        server = new LocalHttpServer();
        topics = KAFKA.newTopics();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** Serves {@code body} with an ETag of its content, answering 304 when the client already has it. */
    private void serve(String path, String contentType, String body) {
        bodies.put(path, body);
        server.route(path, ex -> {
            String etag = "\"" + Integer.toHexString(bodies.get(path).hashCode()) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            boolean same = etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            LocalHttpServer.respond(ex, same ? 304 : 200, contentType, same ? new byte[0] : bodies.get(path).getBytes(StandardCharsets.UTF_8));
        });
    }

    private String url(String path) {
        return server.uri(path).toString();
    }

    private Ingester ingester() {
        IngesterConfig config = IngesterConfig.of(Map.of(
                "bootstrap.servers", KAFKA.bootstrapServers(),
                "topic.prefix", topics.prefix(),
                "ingester.feeds", url("/feed-a") + "," + url("/feed-b"),
                "ingester.http.allow-cidrs", "127.0.0.1/32",
                "ingester.http.min-delay", "0s"));
        return Ingester.production(config, KAFKA.settings(), topics, new SimpleMeterRegistry()).clock(clock).build();
    }

    private void feeds(String cottonSummary, String cottonDate) {
        serve("/feed-a", "application/rss+xml", FeedFixtures.rss("A", List.of(
                new Item("Kazakhstan opens a rail corridor to China", url("/news/1"), "Rail", "Mon, 23 Nov 2026 08:00:00 GMT"),
                new Item("Uzbekistan raises cotton exports", url("/news/2"), cottonSummary, cottonDate))));
        serve("/feed-b", "application/rss+xml", FeedFixtures.rss("B", List.of(
                new Item("Kazakhstan opens a rail corridor to China", url("/news/1") + "?utm_source=b&fbclid=x", "Rail (B)", null),
                new Item("Kyrgyzstan starts building the Kambarata dam", url("/news/3"), "Dam", null),
                new Item("Football: a late goal in Madrid", url("/news/4"), "Sport", null))));
    }

    @Test
    void shouldPublishEachArticleOnceAcrossFeedsAndRestartsAndAgainWhenItChanges() throws Exception {
        serve("/news/1", "text/html", FeedFixtures.page("Kazakhstan opens a rail corridor to China",
                "Kazakhstan Temir Zholy opened the line from Almaty to Urumqi."));
        serve("/news/2", "text/html", FeedFixtures.page("Uzbekistan raises cotton exports", "Uzbekistan sold more cotton."));
        serve("/news/3", "text/html", FeedFixtures.page("Kyrgyzstan starts building the Kambarata dam", "Bishkek signed the contract."));
        serve("/news/4", "text/html", "<html><body><article><h1>A late goal in Madrid</h1><p>Real Madrid won the league match "
                + "at the Bernabeu with a late goal from their striker, ending a run of three draws in a row.</p></article></body></html>");
        feeds("Cotton", "Mon, 23 Nov 2026 09:00:00 GMT");

        try (Ingester first = ingester()) {
            PollReport report = first.pollOnce();
            assertThat(report.published()).isEqualTo(3);
            assertThat(report.irrelevant()).isEqualTo(1);
        }
        List<ConsumerRecord<String, Article>> afterFirst = readAll(topics.articles());
        assertThat(afterFirst).hasSize(3);
        assertThat(afterFirst).extracting(r -> r.value().getUrl())
                .containsExactlyInAnyOrder(url("/news/1"), url("/news/2"), url("/news/3"));
        assertThat(afterFirst).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()));

        long pagesBefore = server.count("/news/1") + server.count("/news/2") + server.count("/news/3");
        try (Ingester second = ingester()) {
            PollReport report = second.pollOnce();
            assertThat(report.published()).isZero();
            // The validators came back from the ingester-state topic: both feeds answer 304.
            assertThat(report.feedsNotModified()).isEqualTo(2);
            assertThat(second.publishedCount()).isEqualTo(3);
        }
        assertThat(readAll(topics.articles())).hasSize(3);
        assertThat(server.count("/news/1") + server.count("/news/2") + server.count("/news/3")).isEqualTo(pagesBefore);

        serve("/news/2", "text/html", FeedFixtures.page("Uzbekistan raises cotton exports",
                "Correction: Uzbekistan sold less cotton than first reported."));
        clock.advance(Duration.ofHours(8));
        feeds("Cotton (corrected)", "Mon, 23 Nov 2026 18:00:00 GMT");
        try (Ingester third = ingester()) {
            assertThat(third.pollOnce().published()).isEqualTo(1);
        }
        List<ConsumerRecord<String, Article>> all = readAll(topics.articles());
        assertThat(all).hasSize(4);
        Article original = afterFirst.stream().map(ConsumerRecord::value).filter(a -> a.getUrl().endsWith("/news/2")).findFirst().orElseThrow();
        Article corrected = all.stream().map(ConsumerRecord::value).filter(a -> a.getUrl().endsWith("/news/2"))
                .filter(a -> !a.getContentHash().equals(original.getContentHash())).findFirst().orElseThrow();
        assertThat(corrected.getId()).isEqualTo(original.getId());
        assertThat(corrected.getText()).contains("Correction");
    }

    private static <V> List<ConsumerRecord<String, V>> readAll(Topic<String, V> topic) {
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(KAFKA.settings().consumer(null),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name())) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
