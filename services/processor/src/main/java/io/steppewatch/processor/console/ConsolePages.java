package io.steppewatch.processor.console;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Severity;
import io.steppewatch.avro.TopicScore;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.console.ConsoleIndex.IndexedArticle;
import io.steppewatch.processor.console.ConsoleViews.AlertPage;
import io.steppewatch.processor.console.ConsoleViews.AlertRow;
import io.steppewatch.processor.console.ConsoleViews.ArticlePage;
import io.steppewatch.processor.console.ConsoleViews.ComparedRow;
import io.steppewatch.processor.console.ConsoleViews.FacetValue;
import io.steppewatch.processor.console.ConsoleViews.FigureRow;
import io.steppewatch.processor.console.ConsoleViews.Filters;
import io.steppewatch.processor.console.ConsoleViews.Header;
import io.steppewatch.processor.console.ConsoleViews.HomePage;
import io.steppewatch.processor.console.ConsoleViews.SearchHit;
import io.steppewatch.processor.console.ConsoleViews.SearchPage;
import io.steppewatch.processor.console.ConsoleViews.SeriesIndexPage;
import io.steppewatch.processor.console.ConsoleViews.SeriesLink;
import io.steppewatch.processor.console.ConsoleViews.SeriesPage;
import io.steppewatch.processor.console.ConsoleViews.TopicRow;
import io.steppewatch.processor.query.LedgerQueries;

/**
 * Builds each page's view from the ledger (series, through {@link LedgerQueries#series}) and the console's index
 * (articles and alerts). Nothing here writes anywhere.
 */
public final class ConsolePages {

    static final int HOME_ALERTS = 50;
    private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ", "TM", "UZ", "RU", "CN", "EU", "EAEU");

    private final SeriesSource ledger;
    private final ConsoleIndex index;
    private final Supplier<String> state;
    private final Clock clock;
    private final double tolerance;

    public ConsolePages(SeriesSource ledger, ConsoleIndex index, Supplier<String> state, Clock clock, double tolerance) {
        this.ledger = ledger;
        this.index = index;
        this.state = state;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    public Header header() throws IOException {
        String current = state.get();
        Instant today = LocalDate.now(clock).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Header(current, "RUNNING".equals(current) || "REBALANCING".equals(current),
                index.articlesFetchedSince(today), index.alertsDetectedSince(today), index.articleCount());
    }

    public HomePage home(Map<String, String> params) throws IOException {
        Filters filters = filters(params);
        return new HomePage(header(), filters, alertRows(filters));
    }

    public List<AlertRow> alertRows(Filters filters) throws IOException {
        ConsoleIndex.AlertFilter filter = new ConsoleIndex.AlertFilter(filters.topic(), filters.kind(), filters.country(),
                filters.severity());
        return index.latestAlerts(filter, HOME_ALERTS).stream().map(ConsolePages::row).toList();
    }

    public Filters filters(Map<String, String> params) {
        String topic = oneOf(params.get("topic"), Topics.ALERT_TOPICS);
        String kind = oneOf(params.get("kind"), names(AlertKind.values()));
        String country = params.get("country") == null || !params.get("country").matches("[A-Z]{2,5}") ? null : params.get("country");
        String severity = oneOf(params.get("severity"), names(Severity.values()));
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("topic", topic);
        kept.put("kind", kind);
        kept.put("country", country);
        kept.put("severity", severity);
        return new Filters(topic, kind, country, severity, Topics.ALERT_TOPICS, names(AlertKind.values()), COUNTRIES,
                names(Severity.values()), query(kept));
    }

    public Optional<AlertPage> alert(String id) throws IOException {
        Optional<Alert> found = index.alert(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Alert alert = found.get();
        Figure figure = alert.getFigure();
        List<SeriesChart.Point> points = new ArrayList<>();
        List<FigureRow> rows = new ArrayList<>();
        Optional<LedgerQueries.Series> series = exactSeries(figure.getMetric(), figure.getSubjects());
        boolean newSeen = false;
        int confirmations = 0;
        Set<String> confirmingArticles = new HashSet<>();
        if (series.isPresent()) {
            for (KnownFigure known : series.get().baseline()) {
                points.add(new SeriesChart.Point(known, "baseline"));
            }
            for (KnownFigure known : series.get().learned()) {
                boolean isNew = !newSeen && isTheAlertsFigure(known, alert);
                if (newSeen && confirms(known, figure) && !known.getArticleId().equals(alert.getArticleId())) {
                    confirmingArticles.add(known.getArticleId());
                }
                newSeen |= isNew;
                points.add(new SeriesChart.Point(known, isNew ? "new" : "learned"));
            }
        }
        if (!newSeen) {
            points.add(new SeriesChart.Point(known(figure, alert), "new"));
        }
        confirmations = confirmingArticles.size();
        String title = Format.metric(figure.getMetric()) + " · " + Format.subjects(figure.getSubjects());
        SeriesChart chart = SeriesChart.of(title, figure.getMeasure(), figure.getUnit(), points);
        for (SeriesChart.Point point : points) {
            rows.add(figureRow(point, point.figure().getMeasure() == figure.getMeasure()
                    && point.figure().getUnit().equals(figure.getUnit())));
        }
        List<ComparedRow> compared = alert.getCompared().stream().map(known -> new ComparedRow(
                Format.value(known.getValue(), known.getUnit()), Format.period(known.getPeriod()), known.getSource(),
                SafeUrl.httpOrNull(known.getUrl()), known.getUrl(), known.getSentence())).toList();
        String url = SafeUrl.httpOrNull(alert.getArticleUrl());
        return Optional.of(new AlertPage(header(), row(alert), Highlighter.sentence(figure.getSentence(), figure.getText()),
                url, alert.getArticleUrl(), articlePath(alert.getArticleId()), compared, confirmations, chart, rows,
                seriesPath(figure.getMetric(), figure.getSubjects())));
    }

    public SeriesIndexPage seriesIndex() throws IOException {
        Map<String, List<SeriesLink>> byMetric = new TreeMap<>();
        Map<String, List<SeriesLink>> byCountry = new TreeMap<>();
        for (LedgerQueries.Series series : ledger.series(null, List.of())) {
            int count = series.baseline().size() + series.learned().size();
            byMetric.computeIfAbsent(Format.metric(series.metric()), k -> new ArrayList<>()).add(new SeriesLink(
                    seriesPath(series.metric(), series.subjects()), Format.subjects(series.subjects()), count));
            for (String subject : series.subjects()) {
                byCountry.computeIfAbsent(Format.subject(subject), k -> new ArrayList<>()).add(new SeriesLink(
                        seriesPath(series.metric(), series.subjects()),
                        Format.metric(series.metric()) + " · " + Format.subjects(series.subjects()), count));
            }
        }
        return new SeriesIndexPage(header(), byMetric, byCountry);
    }

    public Optional<SeriesPage> series(String metric, List<String> subjects) throws IOException {
        Optional<LedgerQueries.Series> found = exactSeries(metric, subjects);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<SeriesChart.Point> points = new ArrayList<>();
        found.get().baseline().forEach(known -> points.add(new SeriesChart.Point(known, "baseline")));
        found.get().learned().forEach(known -> points.add(new SeriesChart.Point(known, "learned")));
        Map<String, SeriesChart> charts = new LinkedHashMap<>();
        for (SeriesChart.Point point : points) {
            String key = point.figure().getMeasure() + "|" + point.figure().getUnit();
            charts.computeIfAbsent(key, k -> SeriesChart.of(Format.metric(metric) + " · "
                    + point.figure().getMeasure().name().toLowerCase(Locale.ROOT) + " · " + point.figure().getUnit(),
                    point.figure().getMeasure(), point.figure().getUnit(), points));
        }
        List<SeriesChart> drawn = charts.values().stream().filter(chart -> !chart.isEmpty()).toList();
        List<FigureRow> rows = points.stream().map(point -> figureRow(point, point.figure().getPeriod() != null)).toList();
        return Optional.of(new SeriesPage(header(), Format.metric(metric), Format.subjects(subjects), drawn, rows));
    }

    public Optional<ArticlePage> article(String id) throws IOException {
        Optional<IndexedArticle> found = index.article(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IndexedArticle article = found.get();
        Optional<AnalyzedArticle> analysis = article.analysis();
        List<Highlighter.Place> places = analysis.map(a -> a.getFigures().stream()
                .map(f -> new Highlighter.Place(f.getOffset(), f.getText())).toList()).orElse(List.of());
        List<String> terms = analysis.map(a -> a.getTopics().stream().flatMap(t -> t.getTerms().stream()).distinct().toList())
                .orElse(List.of());
        String text = article.article().map(Article::getText).orElse("");
        List<TopicRow> topics = analysis.map(a -> a.getTopics().stream().map(ConsolePages::topicRow).toList()).orElse(List.of());
        List<String> countries = analysis.map(a -> a.getCountries().stream().map(Format::subject).toList()).orElse(List.of());
        String language = analysis.map(AnalyzedArticle::getLanguage).orElse(null);
        List<AlertRow> alerts = index.alertsOf(id).stream().map(ConsolePages::row).toList();
        return Optional.of(new ArticlePage(header(), article.title(), SafeUrl.httpOrNull(article.url()), article.url(),
                article.source(), Format.time(article.published().orElse(null)), language == null ? "undetermined" : language,
                Highlighter.segments(text, places, terms), topics, countries, alerts, places.size()));
    }

    public SearchPage search(Map<String, String> params) throws IOException {
        String text = params.getOrDefault("q", "").strip();
        String topic = blankToNull(params.get("topic"));
        String country = blankToNull(params.get("country"));
        String language = blankToNull(params.get("language"));
        String from = params.getOrDefault("from", "").strip();
        String to = params.getOrDefault("to", "").strip();
        String error = null;
        Instant fromInstant = null;
        Instant untilInstant = null;
        try {
            fromInstant = from.isEmpty() ? null : LocalDate.parse(from).atStartOfDay(ZoneOffset.UTC).toInstant();
            untilInstant = to.isEmpty() ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        } catch (DateTimeParseException e) {
            error = "Dates are YYYY-MM-DD: " + e.getParsedString();
        }
        ConsoleIndex.SearchResult result = index.search(new ConsoleIndex.SearchRequest(text, topic, country, language,
                fromInstant, untilInstant, 50));
        List<SearchHit> hits = result.hits().stream().map(hit -> new SearchHit(articlePath(hit.id()), hit.title(), hit.source(),
                Format.day(hit.published().orElse(null)),
                hit.analysis().map(AnalyzedArticle::getLanguage).orElse(""),
                hit.analysis().map(a -> a.getTopics().stream().map(TopicScore::getTopic).collect(Collectors.joining(", "))).orElse(""),
                hit.analysis().map(a -> String.join(", ", a.getCountries())).orElse(""))).toList();
        Map<String, String> current = new LinkedHashMap<>();
        current.put("q", text);
        current.put("topic", topic);
        current.put("country", country);
        current.put("language", language);
        current.put("from", from);
        current.put("to", to);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        result.facets().forEach((dimension, counts) -> {
            List<FacetValue> values = new ArrayList<>();
            counts.forEach((label, count) -> {
                Map<String, String> narrowed = new LinkedHashMap<>(current);
                boolean selected = label.equals(current.get(dimension));
                narrowed.put(dimension, selected ? null : label);
                values.add(new FacetValue(label, count, "/search" + query(narrowed), selected));
            });
            facets.put(dimension, values);
        });
        return new SearchPage(header(), text, topic, country, language, from, to, result.total(), hits, facets, error);
    }

    private Optional<LedgerQueries.Series> exactSeries(String metric, List<String> subjects) {
        List<String> sorted = subjects.stream().sorted().toList();
        return ledger.series(metric, sorted).stream()
                .filter(series -> series.metric().equals(metric) && series.subjects().stream().sorted().toList().equals(sorted))
                .findFirst();
    }

    private boolean confirms(KnownFigure known, Figure figure) {
        return known.getMeasure() == figure.getMeasure() && known.getUnit().equals(figure.getUnit())
                && java.util.Objects.equals(known.getPeriod(), figure.getPeriod())
                && Math.abs(known.getValue() - figure.getValue()) <= tolerance * Math.abs(figure.getValue());
    }

    private static boolean isTheAlertsFigure(KnownFigure known, Alert alert) {
        Figure figure = alert.getFigure();
        return known.getArticleId().equals(alert.getArticleId()) && known.getValue() == figure.getValue()
                && known.getUnit().equals(figure.getUnit()) && known.getMeasure() == figure.getMeasure()
                && java.util.Objects.equals(known.getPeriod(), figure.getPeriod());
    }

    private static KnownFigure known(Figure figure, Alert alert) {
        return KnownFigure.newBuilder().setValue(figure.getValue()).setUnit(figure.getUnit()).setMeasure(figure.getMeasure())
                .setPeriod(figure.getPeriod()).setArticleId(alert.getArticleId()).setUrl(alert.getArticleUrl())
                .setSource(alert.getSource()).setSentence(figure.getSentence()).setPublished(alert.getPublished()).build();
    }

    private static FigureRow figureRow(SeriesChart.Point point, boolean charted) {
        KnownFigure known = point.figure();
        boolean baseline = "baseline".equals(point.origin());
        return new FigureRow(point.origin(), Format.value(known.getValue(), known.getUnit()), Format.period(known.getPeriod()),
                known.getMeasure().name().toLowerCase(Locale.ROOT), known.getSource(), SafeUrl.httpOrNull(known.getUrl()),
                known.getUrl(), baseline ? null : articlePath(known.getArticleId()), known.getSentence(),
                Format.day(known.getPublished()), charted && known.getPeriod() != null, "new".equals(point.origin()));
    }

    static AlertRow row(Alert alert) {
        Figure figure = alert.getFigure();
        return new AlertRow(alert.getId(), "/alerts/" + encode(alert.getId()), alert.getKind().name(),
                alert.getSeverity().name(), Format.metric(figure.getMetric()), Format.subjects(figure.getSubjects()),
                Format.value(figure.getValue(), figure.getUnit()) + (figure.getMeasure().name().equals("AMOUNT") ? ""
                        : " (" + figure.getMeasure().name().toLowerCase(Locale.ROOT) + ")"),
                Format.period(figure.getPeriod()), Format.change(alert.getChange()), alert.getSource(),
                alert.getArticleTitle(), Format.time(alert.getDetected()), String.join(", ", alert.getTopics()));
    }

    private static TopicRow topicRow(TopicScore topic) {
        return new TopicRow(topic.getTopic(), String.format(Locale.ROOT, "%.2f", topic.getScore()), String.join(", ", topic.getTerms()));
    }

    static String articlePath(String id) {
        return "/articles/" + encode(id);
    }

    static String seriesPath(String metric, List<String> subjects) {
        return "/series/" + encode(metric) + "/" + (subjects.isEmpty() ? "-" : encode(String.join(",", subjects.stream().sorted().toList())));
    }

    private static String query(Map<String, String> params) {
        String query = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String oneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> List<String> names(E[] values) {
        List<String> names = new ArrayList<>();
        for (E value : values) {
            names.add(value.name());
        }
        return names;
    }

}
