package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.Severity;
import io.steppewatch.kafka.Topics;
import io.steppewatch.testkit.KafkaBrokerExtension;

/** {@code alerts tail}, {@code replay alerts} and {@code replay articles} on a real broker. */
class HistoryCommandsIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    static final Instant NOV_1 = Instant.parse("2025-11-01T10:00:00Z");
    static final Instant NOV_5 = Instant.parse("2025-11-05T00:00:00Z");
    static final Instant NOV_10 = Instant.parse("2025-11-10T10:00:00Z");

    @TempDir
    Path work;

    private Topics topics;
    private Path config;
    private HttpServer slack;
    private final List<String> posts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void history() throws IOException {
        topics = KAFKA.newTopics();
        config = work.resolve("steppewatch.properties");
        Files.writeString(config, "topic.prefix=" + topics.prefix() + "\nnotifier.webhook.interval.ms=10\n");
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(KAFKA.settings().producer(),
                topics.alerts().keySerde().serializer(), topics.alerts().valueSerde().serializer())) {
            send(producer, alert("a-nov1", List.of("trade"), NOV_1));
            send(producer, alert("a-nov5", List.of("trade", "sanctions"), NOV_5));
            send(producer, alert("a-nov10", List.of("sanctions"), NOV_10));
        }
        slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.createContext("/services/T000/B000/XXXX", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ok);
            }
        });
        slack.start();
    }

    @AfterEach
    void stopSlack() {
        slack.stop(0);
    }

    @Test
    void shouldPrintEveryAlertOnceWhenTailingFromTheBeginning() throws Exception {
        CliRun result = run("alerts", "tail", "--from-beginning", "--json");
        assertThat(result.code()).isZero();
        assertThat(ids(result)).containsExactlyInAnyOrder("a-nov1", "a-nov5", "a-nov10");
    }

    @Test
    void shouldStartAtTheFirstAlertOfTheDayWhenGivenSince() throws Exception {
        assertThat(ids(run("alerts", "tail", "--since", "2025-11-05", "--json"))).containsExactlyInAnyOrder("a-nov5", "a-nov10");
        assertThat(ids(run("alerts", "tail", "--since", "2025-11-05T00:00:01Z", "--json"))).containsExactly("a-nov10");
    }

    @Test
    void shouldShowAnAlertOnceWhenItSitsOnSeveralChosenTopics() throws Exception {
        assertThat(ids(run("alerts", "tail", "--topic", "trade", "--topic", "sanctions", "--from-beginning", "--json")))
                .containsExactlyInAnyOrder("a-nov1", "a-nov5", "a-nov10");
        assertThat(ids(run("alerts", "tail", "--topic", "trade", "--from-beginning", "--json")))
                .containsExactlyInAnyOrder("a-nov1", "a-nov5");
    }

    @Test
    void shouldRenderABlockForPeopleWhenNotJson() {
        CliRun result = run("alerts", "tail", "--from-beginning");
        assertThat(result.out()).contains("trade.turnover").contains("KZ").contains("https://news.example.org/a-nov1");
    }

    @Test
    void shouldSendThePeriodOnceAndNeverTwiceWhenReplayingAlertsToASubscription() throws Exception {
        Path subscriptions = subscriptions();
        CliRun first = run("replay", "alerts", "--since", "2025-11-05", "--until", "2025-11-10", "--to", "desk",
                "--subscriptions", subscriptions.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0)).contains("2025-11-05").doesNotContain("a-nov10");

        CliRun again = run("replay", "alerts", "--since", "2025-11-05", "--until", "2025-11-10", "--to", "desk",
                "--subscriptions", subscriptions.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("delivered 0, skipped 1");
        assertThat(posts).hasSize(1);

        CliRun forced = run("replay", "alerts", "--since", "2025-11-05", "--until", "2025-11-10", "--to", "desk",
                "--subscriptions", subscriptions.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(posts).hasSize(2);
    }

    @Test
    void shouldRefuseWithExitCode4WhenTheSubscriptionIsUnknown() throws Exception {
        CliRun result = run("replay", "alerts", "--since", "2025-11-01", "--to", "nobody",
                "--subscriptions", subscriptions().toString());
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).contains("no subscription named 'nobody'");
        assertThat(posts).isEmpty();
    }

    @Test
    void shouldRefuseWithExitCode4WhenTheTopicIsUnknown() {
        CliRun result = run("tail", "no-such-topic", "--max", "1");
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).contains("no topic");
    }

    @Test
    void shouldRefuseWithExitCode2WhenADateIsMalformed() {
        CliRun result = run("alerts", "tail", "--since", "yesterday");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--since must be a date");
    }

    @Test
    void shouldRepublishTheArticlesOfThePeriodWithTheirIdsWhenReplayingArticles() {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(KAFKA.settings().producer(),
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.articles().name(), null, NOV_1.toEpochMilli(), "old", article("old")));
            producer.send(new ProducerRecord<>(topics.articles().name(), null, NOV_10.toEpochMilli(), "new", article("new")));
        }
        CliRun result = run("replay", "articles", "--since", "2025-11-05");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("re-published 1 articles");
        List<String> keys = io.steppewatch.testkit.TopicContents.readAll(KAFKA.settings(), topics.articles().name()).stream()
                .map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
        assertThat(keys).containsExactlyInAnyOrder("old", "new", "new");
    }

    private Path subscriptions() throws IOException {
        Path file = work.resolve("subscriptions.yaml");
        Files.writeString(file, String.join("\n",
                "subscriptions:",
                "  - name: desk",
                "    webhook: http://127.0.0.1:" + slack.getAddress().getPort() + "/services/T000/B000/XXXX",
                "    topics: [trade]", ""));
        return file;
    }

    /** The command, against this test's broker and topics. */
    private CliRun run(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--bootstrap-servers";
        all[args.length + 1] = KAFKA.bootstrapServers();
        all[args.length + 2] = "--config";
        all[args.length + 3] = config.toString();
        return CliRun.of(all);
    }

    private static List<String> ids(CliRun result) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new java.util.ArrayList<>();
        for (String line : result.out().lines().toList()) {
            ids.add(json.readTree(line).get("id").asText());
        }
        return ids;
    }

    private void send(KafkaProducer<String, Alert> producer, Alert alert) {
        long time = alert.getDetected().toEpochMilli();
        producer.send(new ProducerRecord<>(topics.alerts().name(), null, time, alert.getId(), alert));
        for (String topic : alert.getTopics()) {
            producer.send(new ProducerRecord<>(topics.alertsFor(topic).name(), null, time, alert.getId(), alert));
        }
    }

    static Alert alert(String id, List<String> alertTopics, Instant detected) {
        Figure figure = Figure.newBuilder().setValue(2.91e10).setUnit("USD").setMeasure(Measure.AMOUNT)
                .setMetric("trade.turnover").setSubjects(List.of("KZ", "RU")).setPeriod("2025")
                .setText("$29.1 billion").setSentence("Trade reached $29.1 billion in 2025 (" + detected.toString().substring(0, 10) + ").")
                .setArticleId(id).build();
        return Alert.newBuilder().setId(id).setKind(AlertKind.NEW_PERIOD).setTopics(alertTopics).setFigure(figure)
                .setChange(4.7).setSeverity(Severity.LOW).setArticleId(id)
                .setArticleUrl("https://news.example.org/" + id).setArticleTitle("Trade " + id).setSource("Example")
                .setPublished(detected).setDetected(detected).build();
    }

    static Article article(String id) {
        return Article.newBuilder().setId(id).setUrl("https://news.example.org/" + id).setFeed("f").setSource("s")
                .setTitle("Almaty " + id).setText("Kazakhstan text").setFetched(NOV_1).setContentHash("h").build();
    }
}
