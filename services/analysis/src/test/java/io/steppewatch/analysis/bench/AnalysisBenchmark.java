package io.steppewatch.analysis.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.steppewatch.analysis.Analysis;
import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;

/**
 * Throughput of {@link ArticleAnalyzer#analyze} on ~4 KB articles (French seeds and English/Russian generated
 * paragraphs, see {@link BenchmarkCorpus}): the score is articles per second per thread.
 *
 * <p>Run (see the module README section):
 * {@code ./mvnw -q -pl services/analysis test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-cp %classpath org.openjdk.jmh.Main AnalysisBenchmark -f 1 -wi 2 -i 3 -w 5s -r 5s -t 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class AnalysisBenchmark {

    private static final int ARTICLES = 96;
    private static final long SEED = 20251123L;

    private ArticleAnalyzer analyzer;
    private List<ArticleText> corpus;

    /** Each thread walks the corpus from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        analyzer = ArticleAnalyzer.withDefaults();
        corpus = BenchmarkCorpus.build(ARTICLES, SEED);
        // Loads the language models and compiles the lexicons before measuring.
        for (ArticleText article : corpus) {
            analyzer.analyze(article);
        }
    }

    @Benchmark
    public Analysis analyze(Cursor cursor) {
        ArticleText article = corpus.get(cursor.next);
        cursor.next = (cursor.next + 1) % corpus.size();
        return analyzer.analyze(article);
    }
}
