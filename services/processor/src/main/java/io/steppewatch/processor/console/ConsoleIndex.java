package io.steppewatch.processor.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.TopicScore;
import io.steppewatch.kafka.AvroSerde;

/**
 * The console's Lucene index: every article (its text from {@code articles}, its analysis from
 * {@code articles-analyzed}) and every alert, each stored as its Avro record. Full-text search with facets
 * (topic, country, language) and a publication-date range runs on the articles; the alert pages and the
 * home page read alerts by id, by article and newest first. The topic offsets the index has absorbed are
 * saved with each Lucene commit, so a restart resumes where it stopped and a missing index is rebuilt from
 * the topics' beginning.
 */
public final class ConsoleIndex implements AutoCloseable {

    /** Facet dimensions of the search page. */
    public static final String TOPIC = "topic";
    public static final String COUNTRY = "country";
    public static final String LANGUAGE = "language";

    private static final String KIND = "kind";
    private static final String ARTICLE = "article";
    private static final String ALERT = "alert";
    private static final String ID = "id";
    private static final String ARTICLE_ID = "articleId";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String PUBLISHED = "published";
    private static final String FETCHED = "fetched";
    private static final String DETECTED = "detected";
    private static final String ALERT_KIND = "alertKind";
    private static final String SEVERITY = "severity";
    private static final String ALERT_TOPIC = "alertTopic";
    private static final String SUBJECT = "subject";
    private static final String ARTICLE_RECORD = "articleRecord";
    private static final String ANALYSIS_RECORD = "analysisRecord";
    private static final String ALERT_RECORD = "alertRecord";
    private static final String UNKNOWN_LANGUAGE = "unknown";

    private static final AvroSerde<Article> ARTICLES = AvroSerde.of(Article.class);
    private static final AvroSerde<AnalyzedArticle> ANALYSES = AvroSerde.of(AnalyzedArticle.class);
    private static final AvroSerde<Alert> ALERTS = AvroSerde.of(Alert.class);

    /** An article as the console knows it: its text, its analysis, or both once both topics have been read. */
    public record IndexedArticle(String id, Optional<Article> article, Optional<AnalyzedArticle> analysis) {

        public String title() {
            return article.map(Article::getTitle).or(() -> analysis.map(AnalyzedArticle::getTitle)).orElse(id);
        }

        public String url() {
            return article.map(Article::getUrl).or(() -> analysis.map(AnalyzedArticle::getUrl)).orElse("");
        }

        public String source() {
            return article.map(Article::getSource).or(() -> analysis.map(AnalyzedArticle::getSource)).orElse("");
        }

        public Optional<Instant> published() {
            return article.map(Article::getPublished).or(() -> analysis.map(AnalyzedArticle::getPublished));
        }
    }

    /** What the search page asks: free text (may be blank), facet values to keep (null = any), an inclusive date range. */
    public record SearchRequest(String text, String topic, String country, String language, Instant from, Instant until,
            int limit) {
    }

    /** Hits, best first, and the counts of each facet value among all matching articles. */
    public record SearchResult(long total, List<IndexedArticle> hits, Map<String, Map<String, Integer>> facets) {
    }

    /** Filters of the home page's alert list; null means any. */
    public record AlertFilter(String topic, String kind, String country, String severity) {

        public static final AlertFilter ANY = new AlertFilter(null, null, null, null);
    }

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    private final boolean rebuilt;
    // Articles written since the last refresh, which searches cannot see yet: an article's text and its
    // analysis often arrive in the same batch, and the second write must keep the first.
    private final Map<String, IndexedArticle> unrefreshed = new HashMap<>();

    private ConsoleIndex(FSDirectory directory, IndexWriter writer, boolean rebuilt) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.rebuilt = rebuilt;
        this.searchers = new SearcherManager(writer, null);
        facets.setMultiValued(TOPIC, true);
        facets.setMultiValued(COUNTRY, true);
    }

    /** Opens the index in {@code dir}, creating an empty one (to be rebuilt from the topics) when there is none. */
    public static ConsoleIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            FSDirectory directory = FSDirectory.open(dir);
            boolean missing = !DirectoryReader.indexExists(directory);
            // Only publish(..., true) commits, always with the offsets the documents came from: a close
            // without it keeps the last such pair, and the feeder reads the rest again.
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            if (missing) {
                writer.commit();
            }
            return new ConsoleIndex(directory, writer, missing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the console's search index in " + dir, e);
        }
    }

    /** True when the index did not exist and is being rebuilt from the beginning of the topics. */
    public boolean rebuilt() {
        return rebuilt;
    }

    /** The next offset to read of each topic partition ({@code topic:partition}), as of the last commit. */
    public Map<String, Long> committedOffsets() {
        Map<String, Long> offsets = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                offsets.put(entry.getKey(), Long.parseLong(entry.getValue()));
            }
        }
        return offsets;
    }

    /** Adds or replaces an article's text, keeping its analysis when already indexed. */
    public synchronized void putArticle(Article article) throws IOException {
        IndexedArticle known = latest(article.getId());
        write(new IndexedArticle(article.getId(), Optional.of(article), known == null ? Optional.empty() : known.analysis()));
    }

    /** Adds or replaces an article's analysis, keeping its text when already indexed. */
    public synchronized void putAnalysis(AnalyzedArticle analysis) throws IOException {
        IndexedArticle known = latest(analysis.getId());
        write(new IndexedArticle(analysis.getId(), known == null ? Optional.empty() : known.article(), Optional.of(analysis)));
    }

    private IndexedArticle latest(String id) throws IOException {
        IndexedArticle written = unrefreshed.get(id);
        return written != null ? written : article(id).orElse(null);
    }

    public synchronized void putAlert(Alert alert) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KIND, ALERT, Field.Store.NO));
        doc.add(new StringField(ID, alert.getId(), Field.Store.NO));
        doc.add(new StringField(ARTICLE_ID, alert.getArticleId(), Field.Store.NO));
        doc.add(new StringField(ALERT_KIND, alert.getKind().name(), Field.Store.NO));
        doc.add(new StringField(SEVERITY, alert.getSeverity().name(), Field.Store.NO));
        alert.getTopics().forEach(topic -> doc.add(new StringField(ALERT_TOPIC, topic, Field.Store.NO)));
        alert.getFigure().getSubjects().forEach(subject -> doc.add(new StringField(SUBJECT, subject, Field.Store.NO)));
        long detected = alert.getDetected().toEpochMilli();
        doc.add(new LongPoint(DETECTED, detected));
        doc.add(new NumericDocValuesField(DETECTED, detected));
        doc.add(new StoredField(ALERT_RECORD, new BytesRef(ALERTS.encode(alert))));
        writer.updateDocument(new Term(ID, alert.getId()), doc);
    }

    /** Makes what was written visible to searches and, when {@code offsets} is given, durable with them. */
    public synchronized void publish(Map<String, Long> offsets, boolean commit) throws IOException {
        if (commit) {
            Map<String, String> data = new LinkedHashMap<>();
            offsets.forEach((key, offset) -> data.put(key, Long.toString(offset)));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        searchers.maybeRefreshBlocking();
        unrefreshed.clear();
    }

    private void write(IndexedArticle article) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        doc.add(new StringField(ID, article.id(), Field.Store.NO));
        doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
        article.article().ifPresent(a -> doc.add(new TextField(BODY, a.getText(), Field.Store.NO)));
        article.published().ifPresent(published -> {
            doc.add(new LongPoint(PUBLISHED, published.toEpochMilli()));
            doc.add(new NumericDocValuesField(PUBLISHED, published.toEpochMilli()));
        });
        article.article().map(Article::getFetched).or(() -> article.analysis().map(AnalyzedArticle::getFetched))
                .ifPresent(fetched -> doc.add(new LongPoint(FETCHED, fetched.toEpochMilli())));
        String language = article.analysis().map(AnalyzedArticle::getLanguage)
                .or(() -> article.article().map(Article::getLanguage)).orElse(null);
        doc.add(new SortedSetDocValuesFacetField(LANGUAGE, language == null || language.isBlank() ? UNKNOWN_LANGUAGE : language));
        article.analysis().ifPresent(analysis -> {
            for (TopicScore topic : analysis.getTopics()) {
                doc.add(new SortedSetDocValuesFacetField(TOPIC, topic.getTopic()));
            }
            for (String country : analysis.getCountries()) {
                doc.add(new SortedSetDocValuesFacetField(COUNTRY, country));
            }
        });
        article.article().ifPresent(a -> doc.add(new StoredField(ARTICLE_RECORD, new BytesRef(ARTICLES.encode(a)))));
        article.analysis().ifPresent(a -> doc.add(new StoredField(ANALYSIS_RECORD, new BytesRef(ANALYSES.encode(a)))));
        writer.updateDocument(new Term(ID, article.id()), facets.build(doc));
        unrefreshed.put(article.id(), article);
    }

    public Optional<IndexedArticle> article(String id) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(both(kind(ARTICLE), new TermQuery(new Term(ID, id))), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(toArticle(searcher, top.scoreDocs[0].doc));
        });
    }

    public Optional<Alert> alert(String id) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(both(kind(ALERT), new TermQuery(new Term(ID, id))), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(toAlert(searcher, top.scoreDocs[0].doc));
        });
    }

    /** The alerts an article raised, newest first. */
    public List<Alert> alertsOf(String articleId) throws IOException {
        return alerts(both(kind(ALERT), new TermQuery(new Term(ARTICLE_ID, articleId))), 100);
    }

    /** The newest alerts that pass the filter. */
    public List<Alert> latestAlerts(AlertFilter filter, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(kind(ALERT), BooleanClause.Occur.FILTER);
        addTerm(query, ALERT_TOPIC, filter.topic());
        addTerm(query, ALERT_KIND, filter.kind());
        addTerm(query, SUBJECT, filter.country());
        addTerm(query, SEVERITY, filter.severity());
        return alerts(query.build(), limit);
    }

    public long articlesFetchedSince(Instant since) throws IOException {
        return withSearcher(searcher -> (long) searcher.count(
                both(kind(ARTICLE), LongPoint.newRangeQuery(FETCHED, since.toEpochMilli(), Long.MAX_VALUE))));
    }

    public long alertsDetectedSince(Instant since) throws IOException {
        return withSearcher(searcher -> (long) searcher.count(
                both(kind(ALERT), LongPoint.newRangeQuery(DETECTED, since.toEpochMilli(), Long.MAX_VALUE))));
    }

    public long articleCount() throws IOException {
        return withSearcher(searcher -> (long) searcher.count(kind(ARTICLE)));
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return withSearcher(searcher -> {
            BooleanQuery.Builder base = new BooleanQuery.Builder().add(kind(ARTICLE), BooleanClause.Occur.FILTER);
            if (request.text() != null && !request.text().isBlank()) {
                // The simple parser never throws on odd input: a stray quote or bracket is read as text.
                SimpleQueryParser parser = new SimpleQueryParser(new StandardAnalyzer(), Map.of(TITLE, 2.0f, BODY, 1.0f));
                parser.setDefaultOperator(BooleanClause.Occur.MUST);
                base.add(parser.parse(request.text()), BooleanClause.Occur.MUST);
            } else {
                base.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            }
            if (request.from() != null || request.until() != null) {
                base.add(LongPoint.newRangeQuery(PUBLISHED,
                        request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli(),
                        request.until() == null ? Long.MAX_VALUE : request.until().toEpochMilli()), BooleanClause.Occur.FILTER);
            }
            DrillDownQuery query = new DrillDownQuery(facets, base.build());
            drill(query, TOPIC, request.topic());
            drill(query, COUNTRY, request.country());
            drill(query, LANGUAGE, request.language());
            boolean ranked = request.text() != null && !request.text().isBlank();
            FacetsCollectorManager.FacetsResult result = ranked
                    ? FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, request.limit(),
                            new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true)), new FacetsCollectorManager());
            List<IndexedArticle> hits = new ArrayList<>();
            for (ScoreDoc hit : result.topDocs().scoreDocs) {
                hits.add(toArticle(searcher, hit.doc));
            }
            return new SearchResult(result.topDocs().totalHits.value, hits, facetCounts(searcher, result.facetsCollector()));
        });
    }

    private Map<String, Map<String, Integer>> facetCounts(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String dimension : List.of(TOPIC, COUNTRY, LANGUAGE)) {
            counts.put(dimension, new LinkedHashMap<>());
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
        } catch (IllegalArgumentException noFacetsYet) {
            return counts;
        }
        Facets facetCounts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : counts.keySet()) {
            FacetResult top;
            try {
                top = facetCounts.getTopChildren(20, dimension);
            } catch (IllegalArgumentException dimensionNotIndexedYet) {
                continue;
            }
            if (top != null) {
                for (LabelAndValue entry : top.labelValues) {
                    counts.get(dimension).put(entry.label, entry.value.intValue());
                }
            }
        }
        return counts;
    }

    private static void drill(DrillDownQuery query, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            query.add(dimension, value);
        }
    }

    private List<Alert> alerts(Query query, int limit) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit, new Sort(new SortField(DETECTED, SortField.Type.LONG, true)));
            List<Alert> alerts = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                alerts.add(toAlert(searcher, hit.doc));
            }
            return alerts;
        });
    }

    private static void addTerm(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(KIND, kind));
    }

    private static Query both(Query first, Query second) {
        return new BooleanQuery.Builder().add(first, BooleanClause.Occur.FILTER).add(second, BooleanClause.Occur.FILTER).build();
    }

    private static IndexedArticle toArticle(IndexSearcher searcher, int doc) throws IOException {
        Document stored = searcher.storedFields().document(doc);
        BytesRef text = stored.getBinaryValue(ARTICLE_RECORD);
        BytesRef analysis = stored.getBinaryValue(ANALYSIS_RECORD);
        Optional<Article> article = text == null ? Optional.empty() : Optional.of(ARTICLES.decode(bytes(text)));
        Optional<AnalyzedArticle> analyzed = analysis == null ? Optional.empty() : Optional.of(ANALYSES.decode(bytes(analysis)));
        String id = article.map(Article::getId).or(() -> analyzed.map(AnalyzedArticle::getId)).orElse("");
        return new IndexedArticle(id, article, analyzed);
    }

    private static Alert toAlert(IndexSearcher searcher, int doc) throws IOException {
        return ALERTS.decode(bytes(searcher.storedFields().document(doc).getBinaryValue(ALERT_RECORD)));
    }

    private static byte[] bytes(BytesRef ref) {
        byte[] copy = new byte[ref.length];
        System.arraycopy(ref.bytes, ref.offset, copy, 0, ref.length);
        return copy;
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return read.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
