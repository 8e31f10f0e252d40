package io.steppewatch.ingester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.DatePrecision;
import io.steppewatch.ingester.canonical.ArticleIds;
import io.steppewatch.ingester.feed.FeedSpec;
import io.steppewatch.ingester.testing.FeedFixtures;
import io.steppewatch.ingester.testing.FeedFixtures.Item;
import io.steppewatch.ingester.testing.InMemorySink;
import io.steppewatch.ingester.testing.LocalHttpServer;
import io.steppewatch.ingester.testing.MutableClock;

/** The poll loop against local HTTP servers, with an in-memory topic instead of Kafka. */
class IngesterTest {

    private LocalHttpServer server;
    private final Map<String, String> feeds = new ConcurrentHashMap<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
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

    /** Serves {@code body} at {@code path} with an ETag, answering 304 to a matching If-None-Match. */
    private void serveFeed(String path, String body) {
        feeds.put(path, body);
        server.route(path, ex -> {
            String current = feeds.get(path);
            String etag = "\"" + ArticleIds.sha256Hex(current).substring(0, 12) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(ex, 304, null, new byte[0]);
            } else {
                LocalHttpServer.respond(ex, 200, "application/rss+xml; charset=utf-8", current.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private void servePage(String path, String headline, String body) {
        pages.put(path, FeedFixtures.page(headline, body));
        server.route(path, ex -> LocalHttpServer.respond(ex, 200, "text/html; charset=utf-8",
                pages.get(path).getBytes(StandardCharsets.UTF_8)));
    }

    private String url(String path) {
        return server.uri(path).toString();
    }

    private IngesterConfig config(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of(
                "ingester.http.allow-cidrs", "127.0.0.1/32",
                "ingester.http.min-delay", "0s",
                "ingester.poll.interval", "15m",
                "ingester.backoff.initial", "1m",
                "ingester.backoff.max", "8m",
                "ingester.threads", "4"));
        values.putAll(extra);
        return IngesterConfig.of(values);
    }

    private Ingester ingester(InMemorySink sink, List<FeedSpec> feedSpecs, RelevanceFilter relevance, SimpleMeterRegistry registry) {
        Ingester ingester = Ingester.builder(config(Map.of())).sink(sink).feeds(feedSpecs).relevance(relevance)
                .registry(registry).clock(clock).build();
        started.add(ingester);
        return ingester;
    }

    private Ingester ingester(InMemorySink sink, String... feedPaths) {
        List<FeedSpec> specs = new ArrayList<>();
        for (String p : feedPaths) {
            specs.add(FeedSpec.of(url(p)));
        }
        return ingester(sink, specs, RelevanceFilter.keepAll(), new SimpleMeterRegistry());
    }

    private void twoFeedsSharingOneArticle() {
        servePage("/news/1", "Kazakhstan opens a new rail corridor", "The Middle Corridor carried more cargo this year.");
        servePage("/news/2", "Uzbekistan raises cotton exports", "Cotton exports from Uzbekistan grew.");
        servePage("/news/3", "Kyrgyzstan builds a new dam", "The Kambarata dam project moves ahead.");
        serveFeed("/feed-a", FeedFixtures.rss("A", List.of(
                new Item("Kazakhstan opens a new rail corridor", url("/news/1"), "Rail corridor summary", "Mon, 23 Nov 2026 08:00:00 GMT"),
                new Item("Uzbekistan raises cotton exports", url("/news/2"), "Cotton summary", "Mon, 23 Nov 2026 09:00:00 GMT"))));
        serveFeed("/feed-b", FeedFixtures.rss("B", List.of(
                new Item("Kazakhstan opens a new rail corridor", url("/news/1") + "?utm_source=feed-b&utm_medium=rss#top",
                        "Another summary", "Mon, 23 Nov 2026 08:05:00 GMT"),
                new Item("Kyrgyzstan builds a new dam", "HTTP://127.0.0.1:" + server.port() + "/news/3", "Dam summary", null))));
    }

    @Test
    void shouldPublishOnceWhenTwoFeedsCarryTheSameArticle() throws Exception {
        twoFeedsSharingOneArticle();
        InMemorySink sink = new InMemorySink();
        PollReport report = ingester(sink, "/feed-a", "/feed-b").pollOnce();

        assertThat(report.feedsPolled()).isEqualTo(2);
        assertThat(sink.topic()).extracting(Article::getUrl).containsExactlyInAnyOrder(url("/news/1"), url("/news/2"), url("/news/3"));
        assertThat(sink.topic()).extracting(Article::getId).doesNotHaveDuplicates();
        assertThat(server.count("/news/1")).isEqualTo(1);
        Article rail = sink.topic().stream().filter(a -> a.getUrl().endsWith("/news/1")).findFirst().orElseThrow();
        assertThat(rail.getId()).isEqualTo(ArticleIds.idOfUrl(url("/news/1")));
        assertThat(rail.getTextSource()).isEqualTo("page");
        assertThat(rail.getText()).contains("Middle Corridor carried more cargo");
        assertThat(rail.getTitle()).isEqualTo("Kazakhstan opens a new rail corridor");
        assertThat(rail.getContentHash()).isEqualTo(ArticleIds.contentHash(rail.getTitle(), rail.getText()));
        assertThat(server.seen()).allSatisfy(s -> assertThat(s.header("User-Agent")).startsWith("steppewatch/"));
    }

    @Test
    void shouldPublishNothingWhenFeedAnswersNotModified() throws Exception {
        twoFeedsSharingOneArticle();
        InMemorySink sink = new InMemorySink();
        Ingester ingester = ingester(sink, "/feed-a");
        ingester.pollOnce();
        int published = sink.topic().size();
        int requests = server.requestCount();

        clock.advance(Duration.ofMinutes(16));
        PollReport second = ingester.pollOnce();

        assertThat(second.feedsNotModified()).isEqualTo(1);
        assertThat(second.published()).isZero();
        assertThat(sink.topic()).hasSize(published);
        assertThat(server.requestCount()).isEqualTo(requests + 1);
        assertThat(server.seen().get(server.seen().size() - 1).header("If-None-Match")).isNotNull();
    }

    @Test
    void shouldNotPollFeedBeforeItsInterval() throws Exception {
        twoFeedsSharingOneArticle();
        Ingester ingester = ingester(new InMemorySink(), "/feed-a");
        ingester.pollOnce();
        clock.advance(Duration.ofMinutes(10));
        assertThat(ingester.pollOnce().feedsPolled()).isZero();
        assertThat(server.count("/feed-a")).isEqualTo(1);
    }

    @Test
    void shouldPublishNothingAndFetchNoPageWhenRestartedOnSameTopic() throws Exception {
        twoFeedsSharingOneArticle();
        InMemorySink first = new InMemorySink();
        ingester(first, "/feed-a", "/feed-b").pollOnce();
        int pageRequests = (int) (server.count("/news/1") + server.count("/news/2") + server.count("/news/3"));

        InMemorySink second = new InMemorySink(first.topic());
        PollReport report = ingester(second, "/feed-a", "/feed-b").pollOnce();

        assertThat(report.published()).isZero();
        assertThat(second.sent()).isEmpty();
        assertThat(first.topic()).hasSize(3);
        assertThat(server.count("/news/1") + server.count("/news/2") + server.count("/news/3")).isEqualTo(pageRequests);
    }

    @Test
    void shouldRepublishUnderSameIdWhenBodyChanges() throws Exception {
        twoFeedsSharingOneArticle();
        InMemorySink sink = new InMemorySink();
        Ingester ingester = ingester(sink, "/feed-a");
        ingester.pollOnce();
        Article before = sink.topic().stream().filter(a -> a.getUrl().endsWith("/news/2")).findFirst().orElseThrow();

        servePage("/news/2", "Uzbekistan raises cotton exports", "Correction: cotton exports fell by 4 per cent.");
        serveFeed("/feed-a", FeedFixtures.rss("A", List.of(
                new Item("Kazakhstan opens a new rail corridor", url("/news/1"), "Rail corridor summary", "Mon, 23 Nov 2026 08:00:00 GMT"),
                new Item("Uzbekistan raises cotton exports", url("/news/2"), "Cotton summary (corrected)", "Mon, 23 Nov 2026 11:00:00 GMT"))));
        clock.advance(Duration.ofMinutes(16));
        PollReport report = ingester.pollOnce();

        assertThat(report.published()).isEqualTo(1);
        Article after = sink.topic().get(sink.topic().size() - 1);
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getContentHash()).isNotEqualTo(before.getContentHash());
        assertThat(after.getText()).contains("cotton exports fell");
    }

    @Test
    void shouldBackOffExponentiallyAndRecoverWhenFeedFails() throws Exception {
        server.route("/broken", ex -> LocalHttpServer.respond(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Ingester ingester = ingester(new InMemorySink(), List.of(FeedSpec.of(url("/broken"))), RelevanceFilter.keepAll(), registry);

        assertThat(ingester.pollOnce().feedsFailed()).isEqualTo(1);
        Ingester.FeedHealth health = ingester.health().get(0);
        assertThat(health.consecutiveFailures()).isEqualTo(1);
        assertThat(health.lastError()).contains("500");
        assertThat(health.nextDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(30));
        assertThat(ingester.pollOnce().feedsPolled()).isZero();
        clock.advance(Duration.ofSeconds(30));
        ingester.pollOnce();
        assertThat(ingester.health().get(0).nextDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));
        ingester.pollOnce();
        assertThat(ingester.health().get(0).nextDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(4)));
        clock.advance(Duration.ofMinutes(4));
        ingester.pollOnce();
        clock.advance(Duration.ofMinutes(8));
        ingester.pollOnce();
        assertThat(ingester.health().get(0).nextDue()).as("capped at backoff.max").isEqualTo(clock.instant().plus(Duration.ofMinutes(8)));
        assertThat(server.count("/broken")).isEqualTo(5);
        assertThat(registry.get("steppewatch.ingester.feed.consecutive.failures").gauge().value()).isEqualTo(5.0);

        serveFeed("/broken", FeedFixtures.rss("fixed", List.of()));
        clock.advance(Duration.ofMinutes(8));
        assertThat(ingester.pollOnce().feedsFailed()).isZero();
        assertThat(ingester.health().get(0).consecutiveFailures()).isZero();
        assertThat(ingester.health().get(0).lastSuccess()).isEqualTo(clock.instant());
        assertThat(registry.get("steppewatch.ingester.feed.consecutive.failures").gauge().value()).isZero();
    }

    @Test
    void shouldWaitForRetryAfterWhenFeedAnswers429() throws Exception {
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LocalHttpServer.respond(ex, 429, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
        });
        Ingester ingester = ingester(new InMemorySink(), "/busy");
        ingester.pollOnce();
        // Backoff alone would retry after a minute; the server asked for an hour.
        // The wait is counted on the ingester's own clock, whatever day the fetcher's real clock says it is.
        assertThat(ingester.health().get(0).nextDue())
                .isBetween(clock.instant().plus(Duration.ofMinutes(59)), clock.instant().plus(Duration.ofMinutes(61)));
    }

    @Test
    void shouldPublishTheDatePrecisionOfWhicheverDateWasTaken() throws Exception {
        server.route("/news/month", ex -> LocalHttpServer.respond(ex, 200, "text/html; charset=utf-8",
                FeedFixtures.page("Kazakhstan grain exports", "Grain exports from Kazakhstan grew.")
                        .replace("<head>", "<head><meta property=\"article:published_time\" content=\"2025-03\">")
                        .getBytes(StandardCharsets.UTF_8)));
        servePage("/news/day", "Uzbekistan cotton exports", "Cotton exports from Uzbekistan grew.");
        serveFeed("/feed", FeedFixtures.rss("P", List.of(
                new Item("Kazakhstan grain exports", url("/news/month"), "Grain", "Fri, 14 Mar 2025 08:00:00 GMT"),
                new Item("Uzbekistan cotton exports", url("/news/day"), "Cotton", "Fri, 14 Mar 2025 09:00:00 GMT"))));
        InMemorySink sink = new InMemorySink();

        ingester(sink, "/feed").pollOnce();

        assertThat(sink.topic()).extracting(a -> a.getTitle(), a -> a.getPublished(), a -> a.getPublishedPrecision())
                .containsExactlyInAnyOrder(
                        tuple("Kazakhstan grain exports", Instant.parse("2025-03-01T00:00:00Z"), DatePrecision.MONTH),
                        tuple("Uzbekistan cotton exports", Instant.parse("2025-03-14T09:00:00Z"), null));
    }

    @Test
    void shouldPublishItemsOldestFirstWithUndatedOnesLastWhenFeedListsNewestFirst() throws Exception {
        servePage("/news/new", "Kazakhstan grain exports rise", "Grain exports from Kazakhstan rose.");
        servePage("/news/undated", "Tajikistan opens a border post", "A border post opened in Tajikistan.");
        servePage("/news/old", "Uzbekistan cotton exports fall", "Cotton exports from Uzbekistan fell.");
        servePage("/news/mid", "Kyrgyzstan rail link advances", "The rail link through Kyrgyzstan advanced.");
        serveFeed("/feed", FeedFixtures.rss("N", List.of(
                new Item("Kazakhstan grain exports rise", url("/news/new"), "Grain", "Fri, 20 Nov 2026 08:00:00 GMT"),
                new Item("Tajikistan opens a border post", url("/news/undated"), "Border", null),
                new Item("Kyrgyzstan rail link advances", url("/news/mid"), "Rail", "Tue, 10 Nov 2026 08:00:00 GMT"),
                new Item("Uzbekistan cotton exports fall", url("/news/old"), "Cotton", "Mon, 02 Nov 2026 08:00:00 GMT"))));
        InMemorySink sink = new InMemorySink();

        ingester(sink, "/feed").pollOnce();

        // The ledger judges each figure against what was published before it: the oldest article goes first.
        assertThat(sink.topic()).extracting(Article::getUrl)
                .containsExactly(url("/news/old"), url("/news/mid"), url("/news/new"), url("/news/undated"));
    }

    @Test
    void shouldUseFeedTextWhenPageCannotBeFetched() throws Exception {
        serveFeed("/feed", FeedFixtures.rss("F", List.of(
                new Item("Tajikistan and the Rogun dam", url("/gone"), "<p>Rogun <b>dam</b> news.</p><p>Second paragraph.</p>", null))));
        InMemorySink sink = new InMemorySink();
        PollReport report = ingester(sink, "/feed").pollOnce();
        assertThat(report.pagesFailed()).isEqualTo(1);
        assertThat(sink.topic()).singleElement().satisfies(a -> {
            assertThat(a.getTextSource()).isEqualTo("feed");
            assertThat(a.getText()).isEqualTo("Rogun dam news.\n\nSecond paragraph.");
        });
    }

    @Test
    void shouldDropIrrelevantArticlesUnlessFeedIsRegional() throws Exception {
        twoFeedsSharingOneArticle();
        RelevanceFilter nothingIsRelevant = (title, text) -> new RelevanceFilter.Verdict(0.0, List.of(), false);
        InMemorySink general = new InMemorySink();
        PollReport dropped = ingester(general, List.of(FeedSpec.of(url("/feed-a"))), nothingIsRelevant, new SimpleMeterRegistry()).pollOnce();
        assertThat(dropped.irrelevant()).isEqualTo(2);
        assertThat(general.topic()).isEmpty();

        InMemorySink regional = new InMemorySink();
        FeedSpec spec = new FeedSpec(url("/feed-a"), "Regional", "en", FeedSpec.CENTRAL_ASIA, null);
        PollReport kept = ingester(regional, List.of(spec), nothingIsRelevant, new SimpleMeterRegistry()).pollOnce();
        assertThat(kept.published()).isEqualTo(2);
        assertThat(regional.topic()).allSatisfy(a -> {
            assertThat(a.getSource()).isEqualTo("Regional");
            assertThat(a.getLanguage()).isEqualTo("en");
        });
    }

    @Test
    void shouldPublishFeedTextWithoutAnyRequestWhenFeedIsLocalFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        twoFeedsSharingOneArticle();
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("feed.xml"), feeds.get("/feed-a"));
        InMemorySink sink = new InMemorySink();
        Ingester ingester = ingester(sink, List.of(FeedSpec.of(file.toUri().toString())), RelevanceFilter.keepAll(),
                new SimpleMeterRegistry());
        assertThat(ingester.pollOnce().published()).isEqualTo(2);
        assertThat(sink.topic()).allSatisfy(a -> assertThat(a.getTextSource()).isEqualTo("feed"));
        assertThat(server.requestCount()).isZero();
        clock.advance(Duration.ofMinutes(16));
        assertThat(ingester.pollOnce().feedsNotModified()).isEqualTo(1);
    }

    @Test
    void shouldRetryArticleOnNextPollWhenPublishingFailed() throws Exception {
        twoFeedsSharingOneArticle();
        boolean[] failing = {true};
        InMemorySink target = new InMemorySink();
        io.steppewatch.ingester.publish.ArticleSink flaky = new io.steppewatch.ingester.publish.ArticleSink() {
            @Override
            public java.util.concurrent.CompletableFuture<Void> publish(Article article) {
                return failing[0] ? java.util.concurrent.CompletableFuture.failedFuture(new IOException("broker down"))
                        : target.publish(article);
            }

            @Override
            public void flush() {
            }

            @Override
            public void recover(io.steppewatch.ingester.publish.PublishedLedger ledger) {
            }

            @Override
            public void close() {
            }
        };
        Ingester ingester = Ingester.builder(config(Map.of())).sink(flaky).feeds(List.of(FeedSpec.of(url("/feed-a"))))
                .clock(clock).build();
        started.add(ingester);
        ingester.pollOnce();
        assertThat(target.topic()).isEmpty();

        failing[0] = false;
        clock.advance(Duration.ofMinutes(16));
        PollReport retry = ingester.pollOnce();
        assertThat(retry.feedsNotModified()).as("validators dropped after the failure").isZero();
        assertThat(target.topic()).hasSize(2);
    }

    @Test
    void shouldKeepPollingOtherFeedsWhenOneFeedIsBroken() throws Exception {
        twoFeedsSharingOneArticle();
        server.text("/garbage", "application/rss+xml", "<rss><channel><item><title>unclosed");
        InMemorySink sink = new InMemorySink();
        PollReport report = ingester(sink, "/garbage", "/feed-a").pollOnce();
        assertThat(report.feedsFailed()).isEqualTo(1);
        assertThat(sink.topic()).hasSize(2);
    }
}
