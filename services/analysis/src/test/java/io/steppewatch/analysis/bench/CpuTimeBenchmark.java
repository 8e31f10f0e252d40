package io.steppewatch.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;

/**
 * The corpus of {@link AnalysisBenchmark} analysed on one thread, timed by the thread's CPU time rather than the
 * wall clock: on a machine other processes keep busy, JMH's articles per second follow the load, articles per
 * CPU-second much less. To compare two versions, run this for each at the same time (same load) and compare the
 * medians; the quiet-machine figure stays JMH's.
 *
 * <p>Arguments: warm-up CPU seconds, rounds, CPU seconds per round (default 40 7 1.5: from a cold JVM the rate keeps
 * rising for about 30 CPU-seconds while the JIT compiles the analysis).
 */
public final class CpuTimeBenchmark {

    private CpuTimeBenchmark() {
    }

    public static void main(String[] args) {
        double warmUp = args.length > 0 ? Double.parseDouble(args[0]) : 40;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        double perRound = args.length > 2 ? Double.parseDouble(args[2]) : 1.5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        List<ArticleText> corpus = BenchmarkCorpus.build(96, 20251123L);
        int next = 0;
        long figures = 0;
        long start = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - start < warmUp * 1e9) {
            figures += analyzer.analyze(corpus.get(next)).figures().size();
            next = (next + 1) % corpus.size();
        }
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long from = threads.getCurrentThreadCpuTime();
            int articles = 0;
            long spent;
            do {
                figures += analyzer.analyze(corpus.get(next)).figures().size();
                next = (next + 1) % corpus.size();
                articles++;
                spent = threads.getCurrentThreadCpuTime() - from;
            } while (spent < perRound * 1e9);
            rates[r] = articles / (spent / 1e9);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf("articles per CPU-second: median %.0f, rounds %s (%d figures read)%n", sorted[rounds / 2],
                Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()), figures);
    }
}
