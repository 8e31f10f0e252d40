package io.steppewatch.analysis.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.steppewatch.analysis.AnalysisPrinter;
import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.figures.Publication;

/**
 * Analyses a labelled corpus in one JVM, the way {@code steppewatch analyze --json --published D} would article
 * by article: for each line of a gold file, {@code TEXTS/<doc>} is read (first line the title) with the line's
 * publication date and its analysis written to {@code OUT/<doc>.json}, ready for score_analysis.py.
 *
 * <p>Usage: {@code CorpusAnalysis OUT GOLD.jsonl TEXTS [GOLD.jsonl TEXTS ...]}. A line whose text is missing
 * is reported and skipped; the others go on.
 */
public final class CorpusAnalysis {

    private CorpusAnalysis() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length % 2 == 0) {
            System.err.println("usage: CorpusAnalysis OUT GOLD.jsonl TEXTS [GOLD.jsonl TEXTS ...]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        int[] counts = {0, 0}; // analysed, missing
        CorpusTexts.walk(args, 1, (gold, doc, file) -> {
            String published = gold.path("published").isTextual() ? gold.path("published").asText() : null;
            Publication publication = published == null ? null : Publication.parse(published);
            ArticleText article = read(file, doc, publication == null ? null : publication.date());
            try (PrintStream ps = new PrintStream(Files.newOutputStream(out.resolve(doc + ".json")), true,
                    StandardCharsets.UTF_8)) {
                ChronoUnit precision = publication == null ? ChronoUnit.DAYS : publication.precision();
                AnalysisPrinter.printJson(article, analyzer.analyze(article, precision), precision, ps);
            }
            counts[0]++;
        }, file -> {
            System.err.println("missing text: " + file);
            counts[1]++;
        });
        System.err.printf("analysed %d articles (%d texts missing) into %s%n", counts[0], counts[1], out);
    }

    private static ArticleText read(Path file, String doc, LocalDate published) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        CorpusTexts.Split split = CorpusTexts.Split.of(text);
        return new ArticleText(doc, split.title(), split.body(), published, null);
    }
}
