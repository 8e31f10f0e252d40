package io.steppewatch.ingester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.avro.Article;
import io.steppewatch.ingester.canonical.ArticleIds;
import io.steppewatch.ingester.feed.FeedSpec;
import io.steppewatch.ingester.fetch.HostResolver;
import io.steppewatch.ingester.testing.FeedFixtures;
import io.steppewatch.ingester.testing.FeedFixtures.Item;
import io.steppewatch.ingester.testing.InMemorySink;
import io.steppewatch.ingester.testing.LocalHttpServer;
import io.steppewatch.ingester.testing.MutableClock;

/** Feeds that break the feed task, an item that fails, feeds with too many items or too much text. */
class IngesterHostileFeedTest {

    private LocalHttpServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Ingester> started = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        server = new LocalHttpServer();
    }

    @AfterEach
    void tearDown() {
        started.forEach(Ingester::stop);
        server.close();
    }

    private Ingester.Builder builder(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("ingester.http.allow-cidrs", "127.0.0.1/32",
                "ingester.http.min-delay", "0s", "ingester.poll.interval", "15m", "ingester.backoff.initial", "1m",
                "ingester.backoff.max", "8m", "ingester.pages.fetch", "false"));
        values.putAll(extra);
        return Ingester.builder(IngesterConfig.of(values)).registry(registry).clock(clock);
    }

    private Ingester started(Ingester ingester) {
        started.add(ingester);
        return ingester;
    }

    /** Serves a feed with an ETag and answers 304 when the client sends it back. */
    private void serveFeed(String path, String body) {
        String etag = "\"" + ArticleIds.sha256Hex(body).substring(0, 12) + "\"";
        server.route(path, ex -> {
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(ex, 304, null, new byte[0]);
            } else {
                LocalHttpServer.respond(ex, 200, "application/rss+xml; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private String url(String path) {
        return server.uri(path).toString();
    }

    private List<Item> items(int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Item("Kazakhstan story " + i, url("/news/" + i), "Summary of story " + i + " about Astana.",
                    "Mon, 23 Nov 2026 08:00:00 GMT"));
        }
        return items;
    }

    @Test
    void shouldCountAndBackOffWhenTheFeedTaskItselfFails() throws Exception {
        AtomicInteger resolutions = new AtomicInteger();
        HostResolver crashing = host -> {
            if (host.equals("crash.example.org")) {
                resolutions.incrementAndGet();
                throw new IllegalStateException("resolver crashed");
            }
            return List.of(InetAddress.getByName(host));
        };
        Ingester ingester = started(builder(Map.of()).sink(new InMemorySink()).resolver(crashing)
                .feeds(List.of(FeedSpec.of("http://crash.example.org/rss"))).build());

        ingester.pollOnce();
        assertThat(registry.get("steppewatch.ingester.task.failures").counter().count()).isEqualTo(1.0);
        Ingester.FeedHealth health = ingester.health().get(0);
        assertThat(health.consecutiveFailures()).isEqualTo(1);
        assertThat(health.lastError()).contains("resolver crashed");
        assertThat(health.nextDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        ingester.pollOnce();
        assertThat(resolutions.get()).as("not resubmitted before its backoff").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        ingester.pollOnce();
        assertThat(resolutions.get()).isEqualTo(2);
        assertThat(ingester.health().get(0).nextDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
    }

    @Test
    void shouldCountAndBackOffWhenTheFeedTaskFailsInTheBackground() throws Exception {
        HostResolver crashing = host -> {
            throw new IllegalStateException("resolver crashed");
        };
        Ingester ingester = started(builder(Map.of()).sink(new InMemorySink()).resolver(crashing)
                .feeds(List.of(FeedSpec.of("http://crash.example.org/rss"))).build());
        ingester.start();
        org.awaitility.Awaitility.await("the background failure counted").atMost(Duration.ofSeconds(30))
                .until(() -> registry.find("steppewatch.ingester.task.failures").counter() != null
                        && registry.get("steppewatch.ingester.task.failures").counter().count() >= 1);
        assertThat(ingester.health().get(0).nextDue()).isAfter(clock.instant());
    }

    @Test
    void shouldReportDownWhenTheSchedulerHasDied() {
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
        java.time.Clock breaking = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                if (broken.get()) {
                    throw new InternalError("clock broke");
                }
                return clock.instant();
            }
        };
        serveFeed("/feed", FeedFixtures.rss("F", items(1)));
        Ingester ingester = started(builder(Map.of()).clock(breaking).sink(new InMemorySink())
                .feeds(List.of(FeedSpec.of(url("/feed")))).build());
        ingester.start();
        assertThat(ingester.alive()).isTrue();
        broken.set(true);
        org.awaitility.Awaitility.await("the ingester reported down").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30))
                .until(() -> !ingester.alive());
    }

    @Test
    void shouldReportDownWhenStopped() {
        Ingester ingester = builder(Map.of()).sink(new InMemorySink()).feeds(List.of()).build();
        ingester.start();
        assertThat(ingester.alive()).isTrue();
        ingester.stop();
        assertThat(ingester.alive()).isFalse();
    }

    @Test
    void shouldKeepAFailedItemForTheNextPollWhenItsProcessingFails() throws Exception {
        serveFeed("/feed", FeedFixtures.rss("F", items(2)));
        AtomicInteger calls = new AtomicInteger();
        RelevanceFilter failingOnce = (title, text) -> {
            if (title.endsWith(" 1") && calls.getAndIncrement() == 0) {
                throw new IllegalStateException("classifier crashed");
            }
            return new RelevanceFilter.Verdict(1.0, List.of(), true);
        };
        InMemorySink sink = new InMemorySink();
        Ingester ingester = started(builder(Map.of("ingester.relevance.enabled", "true")).sink(sink)
                .relevance(failingOnce).feeds(List.of(FeedSpec.of(url("/feed")))).build());

        ingester.pollOnce();
        assertThat(sink.topic()).extracting(Article::getTitle).containsExactly("Kazakhstan story 0");

        clock.advance(Duration.ofMinutes(16));
        PollReport again = ingester.pollOnce();
        assertThat(again.feedsNotModified()).as("validators were not kept after the failed item").isZero();
        assertThat(sink.topic()).extracting(Article::getTitle)
                .containsExactlyInAnyOrder("Kazakhstan story 0", "Kazakhstan story 1");
    }

    @Test
    void shouldHandleAtMostTheCapOfItemsPerPollAndTheRestLater() throws Exception {
        serveFeed("/feed", FeedFixtures.rss("F", items(5)));
        InMemorySink sink = new InMemorySink();
        Ingester ingester = started(builder(Map.of("ingester.max.items.per.poll", "2")).sink(sink)
                .feeds(List.of(FeedSpec.of(url("/feed")))).build());

        ingester.pollOnce();
        assertThat(sink.topic()).hasSize(2);
        clock.advance(Duration.ofSeconds(5));
        assertThat(ingester.pollOnce().feedsPolled()).as("not due before the backlog delay").isZero();
        clock.advance(Duration.ofSeconds(6));
        ingester.pollOnce();
        assertThat(sink.topic()).as("the backlog is due after the backlog delay, not the 15-minute interval")
                .hasSize(4);
        clock.advance(Duration.ofSeconds(11));
        ingester.pollOnce();
        assertThat(sink.topic()).extracting(Article::getTitle).hasSize(5).doesNotHaveDuplicates();
        clock.advance(Duration.ofSeconds(11));
        assertThat(ingester.pollOnce().feedsPolled()).as("a drained feed waits its whole interval again").isZero();
        clock.advance(Duration.ofMinutes(16));
        assertThat(ingester.pollOnce().feedsNotModified()).as("validators kept once every item is handled").isEqualTo(1);
    }

    @Test
    void shouldTagFeedMetricsWithoutTheFeedsUrlWhenTheUrlHoldsAToken() {
        builder(Map.of()).sink(new InMemorySink())
                .feeds(List.of(FeedSpec.of("https://news.example.org/rss?token=s3cretT0ken"),
                        FeedSpec.of("https://news.example.org/other.rss?token=s3cretT0ken")))
                .build();
        List<String> tags = registry.find("steppewatch.ingester.feed.consecutive.failures").gauges().stream()
                .map(g -> g.getId().getTag("feed")).toList();
        assertThat(tags).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(tag -> assertThat(tag).startsWith("news.example.org-").doesNotContain("s3cret"));
    }

    @Test
    void shouldCutTheTextWhenAnItemCarriesTooMuch() throws Exception {
        String huge = "Astana and Tashkent signed trade deals. ".repeat(5_000);
        serveFeed("/feed", FeedFixtures.rss("F", List.of(new Item("Kazakhstan story", url("/news/1"), huge,
                "Mon, 23 Nov 2026 08:00:00 GMT"))));
        InMemorySink sink = new InMemorySink();
        Ingester ingester = started(builder(Map.of("ingester.max.text.chars", "10000")).sink(sink)
                .feeds(List.of(FeedSpec.of(url("/feed")))).build());
        ingester.pollOnce();
        assertThat(sink.topic()).singleElement().satisfies(a -> {
            assertThat(a.getText().length()).isLessThanOrEqualTo(10_000);
            assertThat(a.getText()).startsWith("Astana and Tashkent signed trade deals.");
        });
    }
}
