package io.steppewatch.ingester.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.avro.Article;
import io.steppewatch.ingester.Ingester;
import io.steppewatch.ingester.IngesterConfig;
import io.steppewatch.ingester.PollReport;
import io.steppewatch.ingester.RegionRelevanceFilter;
import io.steppewatch.ingester.feed.FeedSpec;
import io.steppewatch.ingester.publish.ArticleSink;
import io.steppewatch.ingester.publish.PublishedLedger;
import io.steppewatch.ingester.testing.FeedFixtures;
import io.steppewatch.ingester.testing.FeedFixtures.Item;
import io.steppewatch.ingester.testing.LocalHttpServer;
import io.steppewatch.ingester.testing.MutableClock;

/**
 * One full poll cycle of 500 feeds x 20 items, every item's page fetched, extracted and scored for
 * region relevance, served by local HTTP servers on many loopback ports (each port is a "host" for the
 * per-host limits). Kafka is left out: articles go to a counting sink, so the figures are the ingester's.
 *
 * <p>Arguments (all optional): feeds, items per feed, servers, threads, max per host.
 */
public final class IngesterBench {

    private IngesterBench() {
    }

    /** Counts what would be published. */
    private static final class CountingSink implements ArticleSink {
        final AtomicInteger articles = new AtomicInteger();
        final AtomicLong textChars = new AtomicLong();

        @Override
        public CompletableFuture<Void> publish(Article article) {
            articles.incrementAndGet();
            textChars.addAndGet(article.getText().length());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void flush() {
        }

        @Override
        public void recover(PublishedLedger ledger) {
        }

        @Override
        public void close() {
        }
    }

    public static void main(String[] args) throws Exception {
        int feeds = arg(args, 0, 500);
        int items = arg(args, 1, 20);
        int serverCount = arg(args, 2, 50);
        int threads = arg(args, 3, 32);
        int perHost = arg(args, 4, 4);

        List<LocalHttpServer> servers = new ArrayList<>();
        List<FeedSpec> specs = new ArrayList<>();
        try {
            for (int s = 0; s < serverCount; s++) {
                servers.add(new LocalHttpServer(8));
            }
            long pageBytes = 0;
            for (int f = 0; f < feeds; f++) {
                LocalHttpServer server = servers.get(f % serverCount);
                List<Item> entries = new ArrayList<>();
                for (int i = 0; i < items; i++) {
                    String path = "/f" + f + "/news/" + i;
                    String headline = "Kazakhstan and Uzbekistan sign transport deal number " + i + " of feed " + f;
                    byte[] page = FeedFixtures.page(headline, "Officials in Astana said trade with Tashkent rose in report " + f + "-" + i + ".")
                            .getBytes(StandardCharsets.UTF_8);
                    pageBytes += page.length;
                    server.route(path, ex -> LocalHttpServer.respond(ex, 200, "text/html; charset=utf-8", page));
                    entries.add(new Item(headline, server.uri(path) + "?utm_source=rss", "Summary " + i, "Mon, 23 Nov 2026 08:00:00 GMT"));
                }
                String feedPath = "/f" + f + "/rss.xml";
                byte[] feed = FeedFixtures.rss("Feed " + f, entries).getBytes(StandardCharsets.UTF_8);
                server.route(feedPath, ex -> {
                    ex.getResponseHeaders().set("ETag", "\"v1\"");
                    if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        LocalHttpServer.respond(ex, 304, null, new byte[0]);
                    } else {
                        LocalHttpServer.respond(ex, 200, "application/rss+xml", feed);
                    }
                });
                specs.add(FeedSpec.of(server.uri(feedPath).toString()));
            }
            IngesterConfig config = IngesterConfig.of(Map.of(
                    "ingester.http.allow-cidrs", "127.0.0.1/32",
                    "ingester.http.min-delay", "0s",
                    "ingester.http.max-per-host", String.valueOf(perHost),
                    "ingester.threads", String.valueOf(threads)));
            System.out.printf(Locale.ROOT, "bench: %d feeds x %d items on %d loopback ports (hosts), %d threads, %d per host, "
                    + "min delay 0, avg page %d bytes, Kafka: none (counting sink), relevance: region gazetteer%n",
                    feeds, items, serverCount, threads, perHost, pageBytes / ((long) feeds * items));
            RegionRelevanceFilter relevance = RegionRelevanceFilter.withDefaults();

            for (String label : List.of("cold (first cycle in this JVM)", "warm (new ingester, same JVM)")) {
                int before = total(servers);
                CountingSink sink = new CountingSink();
                MutableClock clock = new MutableClock(Instant.now());
                Ingester ingester = Ingester.builder(config).sink(sink).feeds(specs).relevance(relevance)
                        .registry(new SimpleMeterRegistry()).clock(clock).build();
                HeapSampler heap = HeapSampler.start();
                long t0 = System.nanoTime();
                PollReport report = ingester.pollOnce();
                long nanos = System.nanoTime() - t0;
                long peak = heap.stop();
                int requests = total(servers) - before;
                print(label, report, nanos, requests, peak, sink);

                int before304 = total(servers);
                long t1 = System.nanoTime();
                clock.advance(Duration.ofMinutes(16));
                PollReport again = ingester.pollOnce();
                long nanos304 = System.nanoTime() - t1;
                System.out.printf(Locale.ROOT, "  next cycle, every feed due: %d requests, %d answered 304, %d published, %.2f s%n",
                        total(servers) - before304, again.feedsNotModified(), again.published(), nanos304 / 1e9);
                ingester.stop();
            }
        } finally {
            servers.forEach(LocalHttpServer::close);
        }
    }

    private static void print(String label, PollReport r, long nanos, int requests, long peakHeap, CountingSink sink) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%s: %.2f s, %d HTTP requests (%.0f req/s), %d pages fetched (%.0f pages/s), "
                + "%d published, %d irrelevant, %d page failures, %d feed failures, peak heap used %d MiB, text %d KiB%n",
                label, seconds, requests, requests / seconds, r.pagesFetched(), r.pagesFetched() / seconds, r.published(),
                r.irrelevant(), r.pagesFailed(), r.feedsFailed(), peakHeap >> 20, sink.textChars.get() >> 10);
    }

    private static int total(List<LocalHttpServer> servers) {
        return servers.stream().mapToInt(LocalHttpServer::requestCount).sum();
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    /** Samples heap in use every few milliseconds and also reads the pools' own peak counters. */
    private static final class HeapSampler {
        private final Thread thread;
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return max.get();
        }
    }

}
