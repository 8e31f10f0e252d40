package io.steppewatch.analysis;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.steppewatch.analysis.figures.Publication;

/**
 * Prints an analysis for people (text) or programs (JSON): language, topics with the terms that matched,
 * countries, and every figure with all its fields. Used by the CLI's {@code analyze} command.
 */
public final class AnalysisPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisPrinter() {
    }

    /** A readable report of one article's analysis. */
    public static void printText(ArticleText article, Analysis analysis, PrintStream out) {
        printText(article, analysis, ChronoUnit.DAYS, out);
    }

    /** As {@link #printText(ArticleText, Analysis, PrintStream)}, the date shown only as precisely as it is known. */
    public static void printText(ArticleText article, Analysis analysis, ChronoUnit precision, PrintStream out) {
        out.println("== " + article.id() + (article.title().isBlank() ? "" : ": " + article.title()));
        out.println("published: " + (article.published() == null ? "unknown" : published(article, precision)));
        out.println("language:  " + (analysis.language() == null ? "undecided" : analysis.language()));
        out.println("countries: " + (analysis.countries().isEmpty() ? "none" : String.join(", ", analysis.countries())));
        if (analysis.topics().isEmpty()) {
            out.println("topics:    none");
        } else {
            out.println("topics:");
            for (TopicDecision topic : analysis.topics()) {
                out.printf(Locale.ROOT, "  %-10s score %6.2f  terms: %s%n", topic.topic(), topic.score(),
                        String.join(", ", topic.terms()));
            }
        }
        out.println("figures:   " + analysis.figures().size());
        for (ExtractedFigure f : analysis.figures()) {
            out.printf(Locale.ROOT, "  - \"%s\"%s%n", f.text(), f.offset() < 0 ? " (title)" : " @" + f.offset());
            out.printf(Locale.ROOT, "      value %s %s | %s | metric %s | subjects %s | period %s%n",
                    formatValue(f.value()), f.unit(), f.measure().name().toLowerCase(Locale.ROOT), f.metric(),
                    f.subjects().isEmpty() ? "-" : String.join(",", f.subjects()), f.period() == null ? "-" : f.period());
            out.println("      sentence: " + f.sentence());
        }
    }

    /** One JSON object per article: {@code {"id", "title", "published", "analysis": {...}}}. */
    public static void printJson(ArticleText article, Analysis analysis, PrintStream out) {
        out.println(toJson(article, analysis));
    }

    /** As {@link #printJson(ArticleText, Analysis, PrintStream)}, "published" written as "2025" or "2025-03" when
     * that is all that is known. */
    public static void printJson(ArticleText article, Analysis analysis, ChronoUnit precision, PrintStream out) {
        out.println(toJson(article, analysis, precision));
    }

    public static String toJson(ArticleText article, Analysis analysis) {
        return toJson(article, analysis, ChronoUnit.DAYS);
    }

    public static String toJson(ArticleText article, Analysis analysis, ChronoUnit precision) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", article.id());
        document.put("title", article.title());
        document.put("published", article.published() == null ? null : published(article, precision));
        document.put("analysis", analysis);
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the analysis of " + article.id() + " as JSON", e);
        }
    }

    private static String published(ArticleText article, ChronoUnit precision) {
        return new Publication(article.published(), precision).text();
    }

    private static String formatValue(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value).replace(',', ' ');
        }
        return String.format(Locale.ROOT, "%s", value);
    }
}
