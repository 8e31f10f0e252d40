package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

import io.steppewatch.ingester.extract.PageSurvey.Carrier;

/**
 * Reads title, author, date, language and any structured article body from a page's machine-readable markup:
 * JSON-LD first (the most deliberate statement a publisher makes), then OpenGraph and other meta tags, then
 * visible markup such as {@code <time datetime>} and {@code <h1>}. Runs on the untouched document, before any
 * cleaning removes scripts.
 */
final class MetadataReader {

    /** Holds the logger, so that the logging back end starts with the first message rather than with this class:
     * a batch of saved pages rarely logs, and starting it is a large part of a short run's start-up. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(MetadataReader.class);
    }

    /** A JSON-LD block larger than this is not metadata any more; skipping it bounds the work. */
    private static final int MAX_JSON_LD_CHARS = 2_000_000;
    /** JSON-LD graphs nest a few levels (graph, article, author); deeper is not worth walking. */
    private static final int MAX_JSON_DEPTH = 12;
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(article|blogposting|report|posting)$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*by\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("(?i)^([a-z]{2,3})(?:[-_].*)?$");
    /** Compiled once: String.replaceAll would compile it for every value. */
    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

    private static final List<Evaluator> TITLE_META = compile(List.of(
            "meta[property=og:title]", "meta[name=twitter:title]", "meta[property=twitter:title]", "meta[name=title]"));
    private static final List<Evaluator> DATE_META = compile(List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=datePublished]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
            "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]",
            "meta[name=sailthru.date]", "meta[name=parsely-pub-date]"));
    private static final List<Evaluator> AUTHOR_META = compile(List.of(
            "meta[name=author]", "meta[property=article:author]", "meta[name=byl]", "meta[name=parsely-author]",
            "meta[name=sailthru.author]", "meta[name=dc.creator]", "meta[property=og:article:author]"));
    private static final List<Evaluator> LANGUAGE_META = compile(List.of(
            "meta[property=og:locale]", "meta[http-equiv=content-language]", "meta[name=language]"));
    /**
     * Where markup names the author (first) and the date (the others, best first). Elements these match are all
     * times or carry itemprop or rel, which is what {@link PageSurvey} judges them on; each says which of those its
     * matches carry.
     */
    private static final List<PageSurvey.MarkupSelector> MARKUP_SELECTORS = List.of(
            markup("[itemprop=author] [itemprop=name], [rel=author], .byline [itemprop=name]",
                    Carrier.ITEMPROP_OR_AUTHOR_REL),
            markup("[itemprop=datePublished][datetime]", Carrier.ITEMPROP),
            markup("time[pubdate][datetime]", Carrier.TIME),
            markup("article time[datetime]", Carrier.TIME),
            markup("time[datetime]", Carrier.TIME),
            markup("[itemprop=datePublished]", Carrier.ITEMPROP));

    private final JsonTrees json = JsonTrees.lenient();
    /** The keys {@link #collect} and {@link StructuredArticle} read; the values of others are skipped unbuilt. */
    private static final Set<String> JSON_LD_KEYS = Set.of("@type", "@graph", "mainEntity", "headline", "author",
            "name", "datePublished", "dateCreated", "inLanguage", "articleBody");

    /** A survey to fill while walking the page, for {@link #read(Document, PageSurvey)}. */
    static PageSurvey survey() {
        return new PageSurvey(MARKUP_SELECTORS);
    }

    PageMetadata read(Document doc) {
        PageSurvey survey = survey();
        Walk.forEach(doc, survey::visit);
        return read(doc, survey);
    }

    /**
     * Reads the metadata from the elements a walk over the whole page gathered; every look-up reads those alone,
     * where a selector per candidate would walk the whole page dozens of times.
     */
    PageMetadata read(Document doc, PageSurvey survey) {
        List<Element> metas = survey.metas();
        StructuredArticle ld = readJsonLd(survey.jsonLd());
        String title = firstNonBlank(() -> ld.headline, () -> meta(metas, TITLE_META),
                () -> singleHeading(survey.headings()), () -> documentTitle(doc));
        String author = firstNonBlank(() -> ld.author, () -> authorFromMeta(metas), () -> authorFromMarkup(survey));
        DateParser.Dated published = ld.published != null ? ld.published : dateFromMarkup(survey);
        String language = language(doc, metas, ld.language);
        return new PageMetadata(clean(title), clean(author), published == null ? null : published.at(),
                published == null ? null : published.precision(), language, ld.body);
    }

    private static PageSurvey.MarkupSelector markup(String selector, Carrier carrier) {
        return new PageSurvey.MarkupSelector(QueryParser.parse(selector), carrier);
    }

    /** The selectors the survey judges elements on, for tests. */
    static List<PageSurvey.MarkupSelector> markupSelectors() {
        return MARKUP_SELECTORS;
    }

    private static List<Evaluator> compile(List<String> selectors) {
        return selectors.stream().map(QueryParser::parse).toList();
    }

    private StructuredArticle readJsonLd(List<Element> scripts) {
        StructuredArticle found = new StructuredArticle();
        for (Element script : scripts) {
            String data = script.data();
            if (data.isBlank() || data.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            try {
                collect(json.readTree(data.strip(), JSON_LD_KEYS), found, 0);
            } catch (JacksonException | RuntimeException e) {
                Log.LOG.debug("Skipping JSON-LD block that does not parse: {}", e.getMessage());
            }
        }
        return found;
    }

    private void collect(JsonNode node, StructuredArticle into, int depth) {
        if (node == null || depth > MAX_JSON_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, into, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticle(node.get("@type"))) {
            into.take(node);
        }
        collect(node.get("@graph"), into, depth + 1);
        collect(node.get("mainEntity"), into, depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPE.matcher(type.asText().strip()).matches();
    }

    /** The first of {@code candidates} (in page order) that {@code selector} matches, as selectFirst would find. */
    private static Element first(List<Element> candidates, Evaluator selector) {
        for (Element candidate : candidates) {
            if (candidate.is(selector)) {
                return candidate;
            }
        }
        return null;
    }

    private static String meta(List<Element> metas, List<Evaluator> selectors) {
        for (Evaluator selector : selectors) {
            Element meta = first(metas, selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String singleHeading(List<Element> headings) {
        return headings.size() == 1 ? headings.get(0).text() : null;
    }

    private static String documentTitle(Document doc) {
        String title = doc.title();
        if (title.isBlank()) {
            return null;
        }
        // "Headline | Site name": the longest part is the headline far more often than not.
        String best = "";
        for (String part : TITLE_SEPARATOR.split(title)) {
            if (part.length() > best.length()) {
                best = part;
            }
        }
        return best;
    }

    private static String authorFromMeta(List<Element> metas) {
        for (Evaluator selector : AUTHOR_META) {
            for (Element meta : metas) {
                if (!meta.is(selector)) {
                    continue;
                }
                String value = meta.attr("content").strip();
                // article:author is often a profile URL, which is not a name.
                if (!value.isEmpty() && !value.startsWith("http") && value.length() < 200) {
                    return BY_PREFIX.matcher(value).replaceFirst("");
                }
            }
        }
        return null;
    }

    private static String authorFromMarkup(PageSurvey survey) {
        Element named = survey.firstMarked(0);
        if (named != null && !named.text().isBlank() && named.text().length() < 200) {
            return BY_PREFIX.matcher(named.text()).replaceFirst("");
        }
        return null;
    }

    private static DateParser.Dated dateFromMarkup(PageSurvey survey) {
        List<Element> metas = survey.metas();
        for (Evaluator selector : DATE_META) {
            Element meta = first(metas, selector);
            if (meta != null) {
                Optional<DateParser.Dated> date = DateParser.parseDated(meta.attr("content"));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        for (int i = 1; i < MARKUP_SELECTORS.size(); i++) {
            Element time = survey.firstMarked(i);
            if (time != null) {
                String raw = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
                Optional<DateParser.Dated> date = DateParser.parseDated(raw.isBlank() ? time.text() : raw);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    private static String language(Document doc, List<Element> metas, String fromJsonLd) {
        // In order of preference; the meta tags are only searched when the html element names no language.
        List<Supplier<String>> candidates = new ArrayList<>();
        Element html = doc.firstElementChild();
        if (html != null && html.nameIs("html")) {
            candidates.add(() -> html.attr("lang"));
            candidates.add(() -> html.attr("xml:lang"));
        }
        candidates.add(() -> meta(metas, LANGUAGE_META));
        candidates.add(() -> fromJsonLd);
        for (Supplier<String> source : candidates) {
            String candidate = source.get();
            if (candidate != null) {
                var m = LANGUAGE.matcher(candidate.strip());
                if (m.matches()) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** The first value that is not blank; later sources are only read when the earlier ones had nothing. */
    @SafeVarargs
    private static String firstNonBlank(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            String value = source.get();
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = WHITE_SPACE_RUN.matcher(value).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(collapsed, false);
    }

    /** The first article object a page's JSON-LD describes; later objects only fill what is still missing. */
    private static final class StructuredArticle {
        private String headline;
        private String author;
        private DateParser.Dated published;
        private String language;
        private String body;

        void take(JsonNode article) {
            headline = headline != null ? headline : text(article.get("headline"));
            author = author != null ? author : names(article.get("author"));
            if (published == null) {
                published = DateParser.parseDated(text(article.get("datePublished")))
                        .or(() -> DateParser.parseDated(text(article.get("dateCreated"))))
                        .orElse(null);
            }
            language = language != null ? language : text(article.get("inLanguage"));
            String articleBody = text(article.get("articleBody"));
            if (articleBody != null && (body == null || articleBody.length() > body.length())) {
                body = articleBody;
            }
        }

        private static String text(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isArray()) {
                return node.isEmpty() ? null : text(node.get(0));
            }
            return node.isValueNode() && !node.asText().isBlank() ? node.asText() : null;
        }

        private static String names(JsonNode node) {
            if (node == null) {
                return null;
            }
            Set<String> names = new LinkedHashSet<>();
            if (node.isArray()) {
                for (JsonNode item : node) {
                    String name = name(item);
                    if (name != null) {
                        names.add(name);
                    }
                }
            } else {
                String name = name(node);
                if (name != null) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }

        private static String name(JsonNode node) {
            String name = node.isObject() ? text(node.get("name")) : text(node);
            return name == null || name.startsWith("http") ? null : name.strip();
        }
    }
}
