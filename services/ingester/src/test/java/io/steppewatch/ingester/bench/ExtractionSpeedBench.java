package io.steppewatch.ingester.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;

import io.steppewatch.ingester.extract.ArticleExtractor;
import io.steppewatch.ingester.extract.ExtractTool;

/**
 * How the extractor's time compares with the floor, a bare {@code Jsoup.parse} of the same pages: both run over
 * pages already decoded in memory, alternating rounds after a warm-up, on one thread. Prints the median round of
 * each and their ratio, and the same for the fastest round of each (on a busy machine the fastest round is the
 * one least disturbed by the neighbours). Rounds are timed in the thread's CPU time, not wall time: on a machine shared with other
 * builds, wall time mostly measures the neighbours.
 *
 * <p>Arguments: [--rounds N] [--warmup N] FILE... (saved pages, .html or .html.gz)
 */
public final class ExtractionSpeedBench {

    private ExtractionSpeedBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = 7;
        int warmup = 3;
        List<String> pages = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> {
                    Path file = Path.of(args[i]);
                    byte[] raw = ExtractTool.readBytesOf(file);
                    bytes += raw.length;
                    pages.add(ExtractTool.decodeBytes(raw));
                    urls.add(file.toAbsolutePath().toUri().toString());
                }
            }
        }
        if (pages.isEmpty()) {
            System.err.println("usage: ExtractionSpeedBench [--rounds N] [--warmup N] FILE...");
            System.exit(2);
        }
        ArticleExtractor extractor = new ArticleExtractor();
        long[] parse = new long[rounds];
        long[] extract = new long[rounds];
        long sink = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = -warmup; round < rounds; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < pages.size(); i++) {
                sink += Jsoup.parse(pages.get(i), urls.get(i)).childNodeSize();
            }
            long parsed = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < pages.size(); i++) {
                sink += extractor.extract(pages.get(i), urls.get(i)).text().length();
            }
            long extracted = cpu.getCurrentThreadCpuTime();
            if (round >= 0) {
                parse[round] = parsed - start;
                extract[round] = extracted - parsed;
            }
        }
        double parseMs = median(parse) / 1e6;
        double extractMs = median(extract) / 1e6;
        double parseBestMs = java.util.Arrays.stream(parse).min().orElseThrow() / 1e6;
        double extractBestMs = java.util.Arrays.stream(extract).min().orElseThrow() / 1e6;
        System.out.printf(Locale.ROOT, "pages: %d (%.1f MB), rounds: %d after %d warm-up (checksum %d)%n",
                pages.size(), bytes / 1e6, rounds, warmup, sink % 1000);
        System.out.printf(Locale.ROOT, "Jsoup.parse alone: median %7.1f ms CPU a round (%6.1f pages/s), fastest %7.1f ms%n",
                parseMs, pages.size() / parseMs * 1000, parseBestMs);
        System.out.printf(Locale.ROOT, "whole extraction:  median %7.1f ms CPU a round (%6.1f pages/s), fastest %7.1f ms%n",
                extractMs, pages.size() / extractMs * 1000, extractBestMs);
        System.out.printf(Locale.ROOT, "extraction / parse: %.2fx (medians), %.2fx (fastest rounds)%n",
                extractMs / parseMs, extractBestMs / parseBestMs);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
