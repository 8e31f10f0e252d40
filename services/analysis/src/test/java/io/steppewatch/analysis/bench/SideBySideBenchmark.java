package io.steppewatch.analysis.bench;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the analysis (two worktrees, each compiled with {@code test-compile}) in one JVM, on one thread, in
 * alternating short rounds timed by the thread's CPU time: whatever load the machine has hits both builds alike, so
 * the ratio of their rates stays readable when JMH's figure and even two {@link CpuTimeBenchmark}s run side by side
 * wander by a fifth. Each build gets its own class loader (its own classes, the same libraries).
 *
 * <p>Arguments: base worktree, head worktree, rounds, CPU seconds per round, CPU seconds of warm-up per build (default
 * 61 0.25 40: from a cold JVM the rate keeps rising for about 30 CPU-seconds while the JIT compiles, twice as long
 * with two builds to compile). Prints each build's median articles per CPU-second and the median of the per-round
 * ratios head / base.
 */
public final class SideBySideBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SideBySideBenchmark() {
    }

    /** One build: its analyzer and the benchmark corpus, loaded from its worktree. */
    private static final class Build {
        private final MethodHandle analyze;
        private final List<?> corpus;
        private int next;

        Build(Path tree, List<URL> libraries) throws ReflectiveOperationException, java.io.IOException {
            List<URL> urls = new ArrayList<>();
            urls.add(tree.resolve("services/analysis/target/classes/").toUri().toURL());
            urls.add(tree.resolve("services/analysis/target/test-classes/").toUri().toURL());
            urls.addAll(libraries);
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> analyzer = loader.loadClass("io.steppewatch.analysis.ArticleAnalyzer");
            Class<?> text = loader.loadClass("io.steppewatch.analysis.ArticleText");
            Class<?> analysis = loader.loadClass("io.steppewatch.analysis.Analysis");
            Object instance = analyzer.getMethod("withDefaults").invoke(null);
            analyze = MethodHandles.publicLookup()
                    .findVirtual(analyzer, "analyze", MethodType.methodType(analysis, text)).bindTo(instance);
            corpus = (List<?>) loader.loadClass(BenchmarkCorpus.class.getName())
                    .getMethod("build", int.class, long.class).invoke(null, 96, 20251123L);
        }

        /** Articles per CPU-second over one round of at least {@code seconds} of this thread's CPU time. */
        double round(double seconds) throws Throwable {
            long from = THREADS.getCurrentThreadCpuTime();
            int articles = 0;
            long spent;
            do {
                Object ignored = analyze.invoke(corpus.get(next));
                next = (next + 1) % corpus.size();
                articles++;
                spent = THREADS.getCurrentThreadCpuTime() - from;
            } while (spent < seconds * 1e9);
            return articles / (spent / 1e9);
        }
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: SideBySideBenchmark <base worktree> <head worktree> [rounds] [CPU s per round]"
                    + " [CPU s of warm-up per build]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 61;
        double perRound = args.length > 3 ? Double.parseDouble(args[3]) : 0.25;
        double warmUp = args.length > 4 ? Double.parseDouble(args[4]) : 40;
        List<URL> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) { // the libraries; each build brings its own classes
                libraries.add(Path.of(entry).toUri().toURL());
            }
        }
        Build base = new Build(Path.of(args[0]), libraries);
        Build head = new Build(Path.of(args[1]), libraries);
        for (int i = 0; i < warmUp; i++) { // warm-up: both builds compiled by the JIT before any round counts
            base.round(1);
            head.round(1);
        }
        double[] baseRates = new double[rounds];
        double[] headRates = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) { // alternate which build goes first, so neither always follows the other
                baseRates[r] = base.round(perRound);
                headRates[r] = head.round(perRound);
            } else {
                headRates[r] = head.round(perRound);
                baseRates[r] = base.round(perRound);
            }
            ratios[r] = headRates[r] / baseRates[r];
        }
        System.out.printf("articles per CPU-second: base median %.0f, head median %.0f; head / base: median %.3f over %d"
                + " rounds (quartiles %.3f, %.3f)%n", median(baseRates), median(headRates), median(ratios), rounds,
                quantile(ratios, 0.25), quantile(ratios, 0.75));
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
