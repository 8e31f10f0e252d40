package io.steppewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

import io.steppewatch.analysis.AnalysisPrinter;
import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.figures.Publication;
import io.steppewatch.avro.DatePrecision;
import io.steppewatch.ingester.extract.ArticleExtractor;
import io.steppewatch.ingester.extract.ExtractedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints what the analysis finds in articles saved as text or HTML. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Print the analysis of articles: language, topics, figures.",
                "Topics come with the terms that matched; every figure with its value, unit, measure, metric, subjects,",
                "period, text and sentence.",
                "A .txt file's first line is its title; .html/.html.gz pages go through the extractor first."},
        footer = {"", "Examples:", "  steppewatch analyze --published 2025-03-14 article.txt",
                "  steppewatch analyze --published 2025 article.txt     # only the year is known",
                "  steppewatch analyze --json saved/*.html"})
public final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--published", paramLabel = "DATE",
            description = {"Publication date that periods like 'last year' resolve against: a day (2025-03-14), a month"
                    + " (2025-03) or a year (2025), kept at that precision; default: the page's, else a date the text states."})
    String published;

    @Option(names = "--json", description = "One JSON object per article.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles: .txt, .html or .html.gz")
    List<Path> files;

    @Override
    public Integer call() {
        Publication publication = parsePublished(published);
        LocalDate date = publication == null ? null : publication.date();
        ChronoUnit precision = publication == null ? ChronoUnit.DAYS : publication.precision();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        ArticleExtractor extractor = new ArticleExtractor();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failures = 0;
        for (Path file : files) {
            try {
                Dated dated = read(file, date, precision, extractor);
                ArticleText article = dated.article();
                if (json) {
                    AnalysisPrinter.printJson(article, analyzer.analyze(article, dated.precision()), dated.precision(), out);
                } else {
                    AnalysisPrinter.printText(article, analyzer.analyze(article, dated.precision()), dated.precision(), out);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("steppewatch analyze: " + file + ": " + CliErrors.describe(e));
                failures++;
            }
        }
        return failures == 0 ? 0 : CliErrors.FAILED;
    }

    static Publication parsePublished(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Publication.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--published must be a date like 2025-03-14, 2025-03 or 2025, got '"
                    + text + "'");
        }
    }

    /** An article and how precisely its publication date is known. */
    private record Dated(ArticleText article, ChronoUnit precision) {
    }

    /** {@code --published} wins; else an HTML page's own date, at the precision the page gives it. */
    private static Dated read(Path file, LocalDate date, ChronoUnit precision, ArticleExtractor extractor)
            throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")) {
            String html;
            try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                    : Files.newInputStream(file)) {
                html = new String(in.readNBytes(32 << 20), StandardCharsets.UTF_8);
            }
            ExtractedPage page = extractor.extract(html, file.toUri().toString());
            if (date == null && page.published() != null) {
                ArticleText article = new ArticleText(file.toString(), page.title(), page.text(),
                        LocalDate.ofInstant(page.published(), ZoneOffset.UTC), page.language());
                return new Dated(article, page.publishedPrecision() == null ? ChronoUnit.DAYS
                        : page.publishedPrecision() == DatePrecision.MONTH ? ChronoUnit.MONTHS : ChronoUnit.YEARS);
            }
            return new Dated(new ArticleText(file.toString(), page.title(), page.text(), date, page.language()),
                    precision);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String title = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1);
        return new Dated(new ArticleText(file.toString(), title.strip(), body.strip(), date, null), precision);
    }
}
