package io.steppewatch.processor.console;

import java.util.List;
import java.util.Map;

import io.steppewatch.processor.console.Highlighter.Segment;

/** What each page shows, already worded and formatted; the templates only lay it out (and escape it). */
public final class ConsoleViews {

    private ConsoleViews() {
    }

    /** The header of every page. */
    public record Header(String state, boolean healthy, long articlesToday, long alertsToday, long articlesIndexed) {
    }

    public record AlertRow(String id, String path, String kind, String severity, String metric, String subjects,
            String figure, String period, String change, String source, String title, String detected, String topics) {
    }

    /** The home page's filters and the values each can take. */
    public record Filters(String topic, String kind, String country, String severity, List<String> topics,
            List<String> kinds, List<String> countries, List<String> severities, String query) {
    }

    public record HomePage(Header header, Filters filters, List<AlertRow> alerts) {
    }

    /** One known figure in a table: where it came from and whether the chart draws it. */
    public record FigureRow(String origin, String value, String period, String measure, String source, String url,
            String urlText, String articlePath, String sentence, String published, boolean charted, boolean isNew) {
    }

    public record ComparedRow(String value, String period, String source, String url, String urlText, String sentence) {
    }

    public record AlertPage(Header header, AlertRow alert, List<Segment> sentence, String articleUrl, String articleUrlText,
            String articlePath, List<ComparedRow> compared, int confirmations, SeriesChart chart, List<FigureRow> figures,
            String seriesPath) {
    }

    public record SeriesLink(String path, String label, int figures) {
    }

    public record SeriesIndexPage(Header header, Map<String, List<SeriesLink>> byMetric, Map<String, List<SeriesLink>> byCountry) {
    }

    public record SeriesPage(Header header, String metric, String subjects, List<SeriesChart> charts, List<FigureRow> figures) {
    }

    public record TopicRow(String topic, String score, String terms) {
    }

    public record ArticlePage(Header header, String title, String url, String urlText, String source, String published,
            String language, List<Segment> text, List<TopicRow> topics, List<String> countries, List<AlertRow> alerts,
            int figures) {
    }

    public record SearchHit(String path, String title, String source, String published, String language, String topics,
            String countries) {
    }

    /** A facet value with its count, the link that narrows the search to it, and whether it is selected. */
    public record FacetValue(String label, int count, String path, boolean selected) {
    }

    public record SearchPage(Header header, String query, String topic, String country, String language, String from,
            String to, long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String error) {
    }

    public record ErrorPage(Header header, int status, String message) {
    }
}
