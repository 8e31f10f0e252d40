package io.steppewatch.analysis.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.steppewatch.analysis.Analysis;
import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.SeedArticle;
import io.steppewatch.analysis.SeedCorpus;
import io.steppewatch.analysis.TopicDecision;

/**
 * Scores the analysis of the seed corpus against its gold labels: recall and precision of value+unit,
 * metric and period accuracy, and whether each seed gets exactly its topics.
 *
 * <p>A gold figure is found by an extracted figure of the same document whose text overlaps the gold quote
 * and whose value (within 0.5 %) and unit agree; each extracted figure answers for one gold figure at most.
 * Metric and period count as wrong for a gold figure that was not found.
 *
 * <p>Run: {@code ./mvnw -q -pl services/analysis exec:java} (bundled seeds and gold), or with arguments
 * {@code --seeds DIR --gold DIR} for other copies (a seeds directory with index.tsv, a gold directory with
 * seed-articles.jsonl and seed-figures.jsonl).
 */
public final class SeedEvaluation {

    private static final String GOLD_DIR = "/io/steppewatch/gold/";
    private static final double VALUE_TOLERANCE = 0.005;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedEvaluation() {
    }

    public static void main(String[] args) {
        Path seeds = null;
        Path gold = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = Path.of(argument(args, ++i, "--seeds"));
                case "--gold" -> gold = Path.of(argument(args, ++i, "--gold"));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --seeds DIR and/or --gold DIR)");
            }
        }
        List<SeedArticle> corpus = seeds == null ? SeedCorpus.bundled() : SeedCorpus.fromDirectory(seeds);
        List<GoldArticle> articles = gold == null ? readBundled("seed-articles.jsonl", GoldArticle.class)
                : readFile(gold.resolve("seed-articles.jsonl"), GoldArticle.class);
        List<GoldFigure> figures = gold == null ? readBundled("seed-figures.jsonl", GoldFigure.class)
                : readFile(gold.resolve("seed-figures.jsonl"), GoldFigure.class);
        EvaluationResult result = evaluate(ArticleAnalyzer.withDefaults(), corpus, articles, figures);
        print(result, System.out);
    }

    private static String argument(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a directory");
        }
        return args[i];
    }

    /** The hand labels of the bundled seeds' figures (seed-figures.jsonl), in file order. */
    public static List<GoldFigure> bundledFigures() {
        return readBundled("seed-figures.jsonl", GoldFigure.class);
    }

    /** Evaluates the default analyzer on the bundled seeds and gold. */
    public static EvaluationResult evaluateBundled() {
        return evaluate(ArticleAnalyzer.withDefaults(), SeedCorpus.bundled(),
                readBundled("seed-articles.jsonl", GoldArticle.class),
                readBundled("seed-figures.jsonl", GoldFigure.class));
    }

    public static EvaluationResult evaluate(ArticleAnalyzer analyzer, List<SeedArticle> corpus,
                                            List<GoldArticle> goldArticles, List<GoldFigure> goldFigures) {
        Map<String, GoldArticle> goldByDoc = goldArticles.stream()
                .collect(Collectors.toMap(GoldArticle::doc, a -> a));
        int requiredGold = 0;
        int requiredFound = 0;
        int extracted = 0;
        int extractedCorrect = 0;
        int metricGold = 0;
        int metricRight = 0;
        int periodRight = 0;
        int bonusGold = 0;
        int bonusFound = 0;
        List<EvaluationResult.SeedResult> seeds = new ArrayList<>();
        for (SeedArticle seed : corpus) {
            GoldArticle goldArticle = goldByDoc.get(seed.file());
            if (goldArticle == null) {
                continue;
            }
            SeedArticle dated = seed.text().published() == null ? withGoldDate(seed, goldArticle) : seed;
            Analysis analysis = dated.analyzeWith(analyzer);
            String document = seed.text().title() + "\n" + seed.text().body();
            int bodyStart = seed.text().title().length() + 1;
            List<ExtractedFigure> found = analysis.figures();
            List<int[]> spans = new ArrayList<>();
            for (ExtractedFigure figure : found) {
                int start = figure.offset() >= 0 ? bodyStart + figure.offset() : seed.text().title().indexOf(figure.text());
                spans.add(new int[] {start, start + figure.text().length()});
            }
            Set<Integer> used = new HashSet<>();
            List<String> misses = new ArrayList<>();
            for (GoldFigure gold : goldFigures) {
                if (!gold.doc().equals(seed.file())) {
                    continue;
                }
                int match = match(gold, document, found, spans, used);
                if (gold.required()) {
                    requiredGold++;
                    boolean metricCounts = !"other".equals(gold.metric());
                    if (metricCounts) {
                        metricGold++;
                    }
                    if (match < 0) {
                        misses.add("missed   " + describe(gold));
                        continue;
                    }
                    requiredFound++;
                    ExtractedFigure figure = found.get(match);
                    if (metricCounts && gold.metric().equals(figure.metric())) {
                        metricRight++;
                    } else if (metricCounts) {
                        misses.add("metric   " + describe(gold) + " got " + figure.metric());
                    }
                    if (Objects.equals(gold.period(), figure.period())) {
                        periodRight++;
                    } else {
                        misses.add("period   " + describe(gold) + " got " + figure.period());
                    }
                } else {
                    bonusGold++;
                    if (match >= 0) {
                        bonusFound++;
                    }
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (isSpelled(found.get(i))) {
                    continue;
                }
                extracted++;
                if (used.contains(i)) {
                    extractedCorrect++;
                } else {
                    ExtractedFigure f = found.get(i);
                    misses.add("extra    " + f.text() + " = " + f.value() + " " + f.unit() + " [" + f.metric() + "]");
                }
            }
            List<String> topics = analysis.topics().stream().map(TopicDecision::topic).toList();
            seeds.add(new EvaluationResult.SeedResult(seed.file(), goldArticle.topics(), topics, analysis.language(),
                    goldArticle.language(), misses));
        }
        return new EvaluationResult(requiredGold, requiredFound, extracted, extractedCorrect, metricGold, metricRight,
                requiredGold, periodRight, bonusGold, bonusFound, seeds);
    }

    /** A seed directory without index.tsv (../shared/seeds) takes its dates from the gold labels. */
    private static SeedArticle withGoldDate(SeedArticle seed, GoldArticle gold) {
        if (gold.published() == null || gold.published().isBlank()) {
            return seed;
        }
        String date = gold.published().trim();
        ChronoUnit precision = date.length() == 4 ? ChronoUnit.YEARS : date.length() == 7 ? ChronoUnit.MONTHS
                : ChronoUnit.DAYS;
        LocalDate published = LocalDate.parse(date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01"
                : date);
        ArticleText text = seed.text();
        return new SeedArticle(seed.file(), seed.url(), seed.source(), new ArticleText(text.id(), text.title(),
                text.body(), published, text.declaredLanguage() == null ? gold.language() : text.declaredLanguage()),
                precision);
    }

    /**
     * The unused extracted figure that overlaps an occurrence of the gold quote with the same value and unit,
     * preferring one that also has the gold metric (a quote such as "75%" can occur twice), or -1.
     */
    private static int match(GoldFigure gold, String document, List<ExtractedFigure> found, List<int[]> spans,
                             Set<Integer> used) {
        int best = -1;
        for (int quoteStart = document.indexOf(gold.quote()); quoteStart >= 0;
             quoteStart = document.indexOf(gold.quote(), quoteStart + 1)) {
            int quoteEnd = quoteStart + gold.quote().length();
            for (int i = 0; i < found.size(); i++) {
                int[] span = spans.get(i);
                ExtractedFigure figure = found.get(i);
                boolean overlaps = span[0] < quoteEnd && quoteStart < span[1];
                if (used.contains(i) || !overlaps || !gold.unit().equals(figure.unit())
                        || !sameValue(gold.value(), figure.value())) {
                    continue;
                }
                if (best < 0 || (gold.metric().equals(figure.metric()) && !gold.metric().equals(found.get(best).metric()))) {
                    best = i;
                }
            }
        }
        if (best >= 0) {
            used.add(best);
        }
        return best;
    }

    private static boolean sameValue(double expected, double actual) {
        return Math.abs(expected - actual) <= Math.abs(expected) * VALUE_TOLERANCE + 1e-9;
    }

    /** Figures written in words carry no digit. */
    private static boolean isSpelled(ExtractedFigure figure) {
        return figure.text().chars().noneMatch(Character::isDigit);
    }

    private static String describe(GoldFigure gold) {
        return gold.doc().substring(0, 3) + " \"" + gold.quote() + "\" " + gold.value() + " " + gold.unit() + " ["
                + gold.metric() + ", " + gold.period() + "]";
    }

    public static void print(EvaluationResult r, PrintStream out) {
        out.printf(Locale.ROOT, "recall (value+unit, required)   %.3f  (%d/%d)   target >= 0.95%n", r.recall(),
                r.requiredFound(), r.requiredGold());
        out.printf(Locale.ROOT, "precision (digit figures)       %.3f  (%d/%d)   target >= 0.90%n", r.precision(),
                r.extractedCorrect(), r.extracted());
        out.printf(Locale.ROOT, "metric accuracy (not other)     %.3f  (%d/%d)   target >= 0.90%n",
                r.metricAccuracy(), r.metricRight(), r.metricGold());
        out.printf(Locale.ROOT, "period accuracy                 %.3f  (%d/%d)   target >= 0.85%n",
                r.periodAccuracy(), r.periodRight(), r.periodGold());
        out.printf(Locale.ROOT, "bonus (number words, ordinals)  %d/%d%n", r.bonusFound(), r.bonusGold());
        for (EvaluationResult.SeedResult seed : r.seeds()) {
            out.printf(Locale.ROOT, "%s  language %s (gold %s)  topics %s (gold %s) %s%n", seed.doc(), seed.language(),
                    seed.expectedLanguage(), seed.actualTopics(), seed.expectedTopics(),
                    seed.topicsExact() ? "exact" : "WRONG");
            for (String miss : seed.misses()) {
                out.println("    " + miss);
            }
        }
        out.printf(Locale.ROOT, "topics exact on every seed: %s%n", r.everySeedTopicsExact() ? "yes" : "NO");
    }

    private static <T> List<T> readBundled(String name, Class<T> type) {
        try (InputStream in = SeedEvaluation.class.getResourceAsStream(GOLD_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("gold resource not found on the classpath: " + GOLD_DIR + name);
            }
            return readLines(new InputStreamReader(in, StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + name, e);
        }
    }

    private static <T> List<T> readFile(Path file, Class<T> type) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readLines(reader, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + file, e);
        }
    }

    private static <T> List<T> readLines(Reader source, Class<T> type) throws IOException {
        List<T> items = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                items.add(JSON.readValue(line, type));
            }
        }
        return items;
    }
}
