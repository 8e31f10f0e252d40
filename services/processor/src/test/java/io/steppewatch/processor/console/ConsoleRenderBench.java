package io.steppewatch.processor.console;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;

/**
 * Render time of an alert's page whose series holds 500 figures (250 baseline, 250 learned, monthly), with
 * 2,000 articles and their alerts in the console's index: first in-process (building the view from the
 * index and the ledger, then the template), then the whole HTTP round trip on 127.0.0.1. Prints median,
 * p95, p99 and max in milliseconds. Usage: {@code ConsoleRenderBench [iterations=1000]}.
 */
public final class ConsoleRenderBench {

    private ConsoleRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("console-bench");
        try (ConsoleIndex index = ConsoleIndex.open(dir)) {
            Figure figure = fill(index);
            List<KnownFigure> baseline = new ArrayList<>();
            List<KnownFigure> learned = new ArrayList<>();
            YearMonth month = YearMonth.of(1984, 1);
            for (int i = 0; i < 499; i++, month = month.plusMonths(1)) {
                KnownFigure known = ConsoleFixtures.known(i < 250 ? "seed-" + i : "article-" + i, 20e9 + i * 1e7,
                        month.toString(), "https://news.example/" + i);
                (i < 250 ? baseline : learned).add(known);
            }
            learned.add(ConsoleFixtures.known("article-0", figure.getValue(), figure.getPeriod(), "https://news.example/0"));
            ConsolePages pages = new ConsolePages(ConsoleFixtures.ledger(baseline, learned), index, () -> "RUNNING",
                    Clock.fixed(Instant.parse("2025-11-10T12:00:00Z"), ZoneOffset.UTC), 0.02);
            Console console = new Console(pages, null);
            String html = console.render("alert.jte", pages.alert("alert-0").orElseThrow());
            System.out.printf(Locale.ROOT, "alert page: %d points charted, %,d bytes of HTML%n",
                    pages.alert("alert-0").orElseThrow().chart().size(), html.length());

            double[] inProcess = time(iterations, () -> console.render("alert.jte", pages.alert("alert-0").orElseThrow()));
            report("in-process (view + template)", inProcess);

            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            console.install(server, List.of());
            server.start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                        + "/alerts/alert-0")).build();
                double[] http = time(iterations, () -> {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    return response.body();
                });
                report("HTTP GET /alerts/{id} on 127.0.0.1", http);
            } finally {
                server.stop(0);
            }
        }
    }

    private static Figure fill(ConsoleIndex index) throws IOException {
        Figure first = null;
        for (int i = 0; i < 2000; i++) {
            Article article = ConsoleFixtures.article("article-" + i, "Trade story " + i, ConsoleFixtures.TEXT + " Story " + i,
                    "https://news.example/" + i);
            Figure figure = ConsoleFixtures.figure(article.getId(), 29.1e9, "2025-09", "$29.1 billion", ConsoleFixtures.SENTENCE);
            index.putArticle(article);
            index.putAnalysis(ConsoleFixtures.analysis(article, List.of("trade"), List.of("KZ", "RU"), List.of(figure)));
            if (i % 4 == 0) {
                index.putAlert(ConsoleFixtures.alert("alert-" + i, figure, article.getUrl(), article.getTitle(), List.of()));
            }
            first = first == null ? figure : first;
        }
        index.publish(Map.of(), true);
        return first;
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static double[] time(int iterations, Work work) throws Exception {
        for (int i = 0; i < Math.max(200, iterations / 3); i++) {
            work.run();
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String what, double[] sorted) {
        System.out.printf(Locale.ROOT, "%-40s median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d runs)%n", what,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[(int) (sorted.length * 0.99)],
                sorted[sorted.length - 1], sorted.length);
    }
}
