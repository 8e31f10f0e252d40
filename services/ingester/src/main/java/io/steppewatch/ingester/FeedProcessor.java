package io.steppewatch.ingester;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Timer;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.DatePrecision;
import io.steppewatch.ingester.canonical.ArticleIds;
import io.steppewatch.ingester.canonical.UrlCanonicalizer;
import io.steppewatch.ingester.extract.ExtractedPage;
import io.steppewatch.ingester.feed.FeedItem;
import io.steppewatch.ingester.feed.FeedParseException;
import io.steppewatch.ingester.feed.FeedParser;
import io.steppewatch.ingester.feed.FeedText;
import io.steppewatch.ingester.feed.ParsedFeed;
import io.steppewatch.ingester.fetch.FetchException;
import io.steppewatch.ingester.fetch.FetchRequest;
import io.steppewatch.ingester.fetch.FetchResponse;
import io.steppewatch.ingester.fetch.HttpFetcher;
import io.steppewatch.ingester.fetch.PageCharset;
import io.steppewatch.ingester.publish.ArticleSink;
import io.steppewatch.ingester.publish.FeedValidatorStore;
import io.steppewatch.ingester.publish.PublishedLedger;

/**
 * Polls one feed and turns its items into articles: conditional fetch, parse, then per item canonical id,
 * page fetch and extraction (feed text as fallback), relevance, and publication when the content is new.
 * Shared by all feed tasks; every method is safe to call from several threads for different feeds.
 */
final class FeedProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(FeedProcessor.class);
    /** Below this many characters an extracted page is taken to have failed (paywall, consent wall). */
    private static final int MIN_PAGE_TEXT = 200;
    /** Characters of a title kept. */
    private static final int MAX_TITLE_CHARS = 1_000;

    private final IngesterConfig config;
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final PageTextExtractor extractor;
    private final RelevanceFilter relevance;
    private final ArticleSink sink;
    private final FeedValidatorStore validators;
    private final PublishedLedger ledger;
    private final IngesterMetrics metrics;
    private final Clock clock;
    /**
     * Per feed, the fingerprint of each entry as last seen, so an unchanged entry costs nothing. Only the
     * entries of the feed's latest version are kept, which bounds the memory to what the feeds hold now.
     */
    private final ConcurrentMap<String, ConcurrentMap<String, String>> seenEntries = new ConcurrentHashMap<>();
    /** Articles being fetched right now, so two feeds carrying one article fetch its page once. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    FeedProcessor(IngesterConfig config, HttpFetcher fetcher, FeedParser parser, PageTextExtractor extractor,
            RelevanceFilter relevance, ArticleSink sink, FeedValidatorStore validators, PublishedLedger ledger,
            IngesterMetrics metrics, Clock clock) {
        this.config = config;
        this.fetcher = fetcher;
        this.parser = parser;
        this.extractor = extractor;
        this.relevance = relevance;
        this.sink = sink;
        this.validators = validators;
        this.ledger = ledger;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Counts of one feed's poll. */
    private static final class Tally {
        int items;
        int pagesFetched;
        int pagesFailed;
        int published;
        int unchanged;
        int irrelevant;
        int rejected;
        int deferred;
        int failed;
        int handled;
        int overCap;
        final List<CompletableFuture<Void>> sent = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
    }

    PollReport poll(FeedState state) throws InterruptedException {
        Timer.Sample sample = metrics.startPoll();
        PollReport report = pollFeed(state);
        metrics.pollDone(sample, report.feedsFailed() > 0 ? "failed" : report.feedsNotModified() > 0 ? "not_modified" : "ok");
        return report;
    }

    private PollReport pollFeed(FeedState state) throws InterruptedException {
        FeedSpecView feed = new FeedSpecView(state);
        Instant now = clock.instant();
        FetchResponse response;
        ParsedFeed parsed;
        try {
            boolean full = state.takeFullFetch();
            response = fetcher.fetch(FetchRequest.feed(URI.create(feed.url()), full ? null : state.etag(),
                    full ? null : state.lastModified()));
            if (response.notModified()) {
                state.succeeded(now, response.etag(), response.lastModified(), feed.interval(config));
                metrics.feedPolled("not_modified");
                LOG.debug("Feed {} not modified", feed.url());
                return new PollReport(1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
            }
            parsed = parser.parse(response.body(), response.contentType(), response.finalUri().toString());
        } catch (FetchException e) {
            // The fetcher paces hosts on real time; the schedule runs on this processor's clock.
            failed(state, now, e.reason().name(), e.getMessage(), e.retryAfter() == null ? null : now.plus(e.retryAfter()));
            return new PollReport(1, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        } catch (FeedParseException e) {
            failed(state, now, e.reason().name(), e.getMessage(), null);
            return new PollReport(1, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        }
        if (state.consecutiveFailures() > 0) {
            LOG.info("Feed {} recovered after {} failures", feed.url(), state.consecutiveFailures());
        }
        state.title(parsed.title());
        Tally tally = new Tally();
        for (FeedItem item : oldestFirst(parsed.items())) {
            tally.items++;
            if (item.link() != null) {
                try {
                    tally.ids.add(ArticleIds.idOfUrl(item.link()));
                } catch (IllegalArgumentException e) {
                    // counted as a bad link below
                }
            }
            try {
                processItem(state, parsed, item, tally);
            } catch (InterruptedException e) {
                throw e;
            } catch (RuntimeException e) {
                // One bad item never stops the feed; it is looked at again on the next poll.
                tally.rejected++;
                tally.failed++;
                metrics.item("failed");
                LOG.warn("Item {} of feed {} failed: {}", item.link(), feed.url(), e.toString(), e);
            }
        }
        // Validators are kept only once the items are handled, so a crash mid-feed re-reads it next time; and
        // not at all when an item was deferred, failed or left over the cap, or a 304 would hide that item until
        // the feed changes.
        seenOf(state).keySet().retainAll(tally.ids);
        boolean complete = tally.deferred == 0 && tally.failed == 0;
        Duration interval = feed.interval(config);
        if (tally.overCap > 0) {
            // The rest of a backlog is due soon: waiting a whole interval per cap would take hours to drain it.
            interval = interval.compareTo(config.backlogDelay()) > 0 ? config.backlogDelay() : interval;
            LOG.info("Feed {}: {} items left for the next poll in {} ({} handled per poll)", feed.url(), tally.overCap,
                    interval, config.maxItemsPerPoll());
        }
        boolean changed = !Objects.equals(state.etag(), response.etag())
                || !Objects.equals(state.lastModified(), response.lastModified());
        state.succeeded(now, complete ? response.etag() : null, complete ? response.lastModified() : null, interval);
        if (complete && changed && (response.etag() != null || response.lastModified() != null)) {
            saveValidatorsWhenWritten(state.spec().url(), response, tally.sent);
        }
        metrics.feedPolled("ok");
        LOG.debug("Feed {}: {} items, {} published", feed.url(), tally.items, tally.published);
        return new PollReport(1, 0, 0, tally.items, tally.pagesFetched, tally.pagesFailed, tally.published,
                tally.unchanged + tally.deferred, tally.irrelevant, tally.rejected);
    }

    /**
     * The items in publication order, undated ones last, each group in the feed's own order. Feeds list the newest
     * first; the ledger downstream judges a figure against what came before it, so articles are published oldest
     * first, and a backlog over the per-poll cap is read from its oldest end.
     */
    static List<FeedItem> oldestFirst(List<FeedItem> items) {
        List<FeedItem> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing((FeedItem item) -> firstNonNull(item.published(), item.updated()),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
    }

    /** Persists validators only once every article of this poll is durably written, so a 304 never hides a lost one. */
    private void saveValidatorsWhenWritten(String feedUrl, FetchResponse response, List<CompletableFuture<Void>> sent) {
        FeedValidatorStore.Validators v = new FeedValidatorStore.Validators(response.etag(), response.lastModified());
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).whenComplete((ok, error) -> {
            if (error == null) {
                validators.save(feedUrl, v);
            }
        });
    }

    private ConcurrentMap<String, String> seenOf(FeedState state) {
        return seenEntries.computeIfAbsent(state.spec().url(), k -> new ConcurrentHashMap<>());
    }

    private void failed(FeedState state, Instant now, String reason, String message, Instant retryAt) {
        Duration wait = state.failed(now, message, config.backoffInitial(), config.backoffMax(), retryAt);
        metrics.feedPolled("failed");
        metrics.feedFailed(reason);
        LOG.warn("Feed {} failed ({} in a row), next attempt in {}: {}", state.spec().url(), state.consecutiveFailures(),
                wait, message);
    }

    private void processItem(FeedState state, ParsedFeed parsed, FeedItem item, Tally tally) throws InterruptedException {
        if (item.link() == null) {
            tally.rejected++;
            metrics.item("no_link");
            return;
        }
        String canonical;
        try {
            canonical = UrlCanonicalizer.canonicalize(item.link());
        } catch (IllegalArgumentException e) {
            tally.rejected++;
            metrics.item("bad_link");
            LOG.debug("Item link {} of feed {} is not usable: {}", item.link(), state.spec().url(), e.getMessage());
            return;
        }
        String id = ArticleIds.idOf(canonical);
        ConcurrentMap<String, String> seen = seenOf(state);
        String entryKey = id;
        String fingerprint = fingerprint(item);
        String previous = seen.get(entryKey);
        if (fingerprint.equals(previous)) {
            tally.unchanged++;
            metrics.item("seen");
            return;
        }
        PublishedLedger.Entry published = ledger.get(id);
        if (previous == null && published != null && !updatedSince(item, published.fetched())) {
            // First sight in this process of an article already published (restart, or another feed).
            seen.put(entryKey, fingerprint);
            tally.unchanged++;
            metrics.item("unchanged");
            return;
        }
        if (tally.handled >= config.maxItemsPerPoll()) {
            // A feed with thousands of items would cost thousands of page fetches in one go: the rest waits.
            tally.deferred++;
            tally.overCap++;
            metrics.item("over_cap");
            return;
        }
        if (!inFlight.add(id)) {
            // Another feed is handling this very article right now; the next cycle looks again.
            tally.unchanged++;
            metrics.item("in_flight");
            return;
        }
        tally.handled++;
        // Recorded before publishing, so that a failed publication (whose callback may run at once) can undo it.
        seen.put(entryKey, fingerprint);
        try {
            handleArticle(state, parsed, item, canonical, id, published, tally);
        } catch (PageDeferred deferred) {
            seen.remove(entryKey, fingerprint);
            LOG.debug("Page of {} deferred: {}", canonical, deferred.getMessage());
        } catch (RuntimeException | InterruptedException e) {
            seen.remove(entryKey, fingerprint);
            throw e;
        } finally {
            inFlight.remove(id);
        }
    }

    private void handleArticle(FeedState state, ParsedFeed parsed, FeedItem item, String canonical, String id,
            PublishedLedger.Entry published, Tally tally) throws InterruptedException {
        Instant fetched = clock.instant();
        // Items of a local file feed keep the feed's text: trying the product must not need the network.
        boolean pagesWanted = config.fetchPages() && !state.spec().local();
        ExtractedPage page;
        try {
            page = pagesWanted ? fetchPage(state, canonical, tally) : null;
        } catch (PageDeferred deferred) {
            // The site asked us to come back later: leave the item for a later cycle rather than publish a summary now.
            tally.deferred++;
            metrics.item("deferred");
            throw deferred;
        }
        boolean fromPage = page != null && page.text().length() >= Math.min(MIN_PAGE_TEXT,
                Math.max(1, FeedText.toPlainText(item.feedText()).length()));
        String text = cut(fromPage ? page.text() : FeedText.toPlainText(item.feedText()), config.maxTextChars());
        if (!fromPage && published != null && pagesWanted) {
            // Never replace page text already published with the feed's shorter summary.
            tally.unchanged++;
            metrics.item("kept_page_text");
            return;
        }
        String title = cut(!item.title().isBlank() ? FeedText.toPlainText(item.title())
                : page != null ? page.title() : "", MAX_TITLE_CHARS);
        if (title.isBlank() && text.isBlank()) {
            tally.rejected++;
            metrics.item("empty");
            return;
        }
        if (config.relevance() && !state.spec().regionalSource()) {
            RelevanceFilter.Verdict verdict = relevance.assess(title, text);
            if (!verdict.relevant()) {
                tally.irrelevant++;
                metrics.item("irrelevant");
                LOG.debug("Article {} ({}) not about the region (score {})", id, canonical, verdict.score());
                return;
            }
        }
        Article article = Article.newBuilder()
                .setId(id)
                .setUrl(canonical)
                .setFeed(state.spec().url())
                .setSource(source(state, parsed, canonical))
                .setTitle(title)
                .setAuthor(firstNonBlank(page == null ? null : page.author(), item.author()))
                .setText(text)
                .setTextSource(fromPage ? "page" : "feed")
                .setLanguage(language(page, state, parsed))
                .setPublished(firstNonNull(page == null ? null : page.published(), item.published(), item.updated()))
                .setPublishedPrecision(publishedPrecision(page, item))
                .setFetched(fetched)
                .setContentHash(ArticleIds.contentHash(title, text))
                .build();
        publish(state, article, tally);
    }

    /** The precision of whichever date {@code setPublished} took: the page's, else the item's own. */
    private static DatePrecision publishedPrecision(ExtractedPage page, FeedItem item) {
        if (page != null && page.published() != null) {
            return page.publishedPrecision();
        }
        return item.published() != null ? item.publishedPrecision() : null;
    }

    private void publish(FeedState state, Article article, Tally tally) {
        PublishedLedger.Entry before = ledger.get(article.getId());
        PublishedLedger.Claim claim = ledger.claim(article.getId(), article.getContentHash(), article.getFetched());
        if (claim == PublishedLedger.Claim.UNCHANGED) {
            tally.unchanged++;
            metrics.item("unchanged");
            return;
        }
        tally.published++;
        metrics.item(claim == PublishedLedger.Claim.NEW ? "published" : "republished");
        CompletableFuture<Void> written = sink.publish(article);
        tally.sent.add(written);
        written.whenComplete((ok, error) -> {
            if (error != null) {
                ledger.release(article.getId(), article.getContentHash(), before);
                // Without its validators the feed is read in full next time, so the article is tried again.
                state.requireFullFetch();
                seenOf(state).remove(article.getId());
                metrics.item("publish_failed");
                LOG.warn("Publishing article {} ({}) failed; it will be retried on the feed's next poll: {}",
                        article.getId(), article.getUrl(), error.toString());
            }
        });
    }

    /** A page that is rate-limited right now; its item is looked at again next cycle. */
    private static final class PageDeferred extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PageDeferred(String message) {
            super(message, null, false, false);
        }
    }

    private ExtractedPage fetchPage(FeedState state, String canonical, Tally tally) throws InterruptedException {
        try {
            FetchResponse response = fetcher.fetch(FetchRequest.page(URI.create(canonical)));
            String html = PageCharset.decode(response.body(), response.contentType());
            ExtractedPage page = extractor.extract(html, response.finalUri().toString());
            tally.pagesFetched++;
            metrics.page("ok");
            return page;
        } catch (FetchException e) {
            metrics.page(e.reason().name().toLowerCase(Locale.ROOT));
            if (e.reason() == FetchException.Reason.RATE_LIMITED) {
                throw new PageDeferred(e.getMessage());
            }
            tally.pagesFailed++;
            LOG.debug("Page {} of feed {} not fetched, using the feed's text: {}", canonical, state.spec().url(), e.getMessage());
            return null;
        } catch (RuntimeException e) {
            tally.pagesFailed++;
            metrics.page("extract_error");
            LOG.warn("Page {} could not be extracted, using the feed's text: {}", canonical, e.toString());
            return null;
        }
    }

    /** The first {@code max} characters of {@code text}, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static boolean updatedSince(FeedItem item, Instant fetched) {
        Instant stamp = item.updated() != null ? item.updated() : item.published();
        return stamp != null && fetched != null && stamp.isAfter(fetched);
    }

    private static String fingerprint(FeedItem item) {
        return ArticleIds.sha256Hex(String.join("\u0000", String.valueOf(item.title()), String.valueOf(item.link()),
                String.valueOf(item.summary()), String.valueOf(item.content()), String.valueOf(item.published()),
                String.valueOf(item.updated())));
    }

    private static String source(FeedState state, ParsedFeed parsed, String canonical) {
        if (state.spec().name() != null) {
            return state.spec().name();
        }
        if (parsed.title() != null && !parsed.title().isBlank()) {
            return parsed.title();
        }
        return URI.create(canonical).getHost();
    }

    private static String language(ExtractedPage page, FeedState state, ParsedFeed parsed) {
        String raw = firstNonBlank(state.spec().language(), page == null ? null : page.language(), parsed.language());
        if (raw == null) {
            return null;
        }
        String primary = raw.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The spec's interval, or the configured default. */
    private record FeedSpecView(FeedState state) {
        String url() {
            return state.spec().url();
        }

        Duration interval(IngesterConfig config) {
            return state.spec().interval() != null ? state.spec().interval() : config.pollInterval();
        }
    }
}
