package io.steppewatch.ingester.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an article page: its main text (readability-style scoring of DOM blocks by text density, link density
 * and structure), and its title, author, publication date and language (JSON-LD, OpenGraph, meta tags,
 * {@code <time>}). Never throws: a page it cannot read gives an empty text. Thread-safe; one instance can
 * serve every fetcher thread.
 */
public final class ArticleExtractor {

    /** Holds the logger, so that the logging back end starts with the first message rather than with this class:
     * a batch of saved pages rarely logs, and starting it is a large part of a short run's start-up. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);
    }

    /** Pages larger than this are cut: no article needs more, and it bounds memory and time per page. */
    public static final int MAX_HTML_CHARS = 8_000_000;
    /** Elements nested deeper than this are flattened by the parser, which bounds every walk over the tree. */
    static final int MAX_DEPTH = 256;
    /** A standfirst is a sentence or a few; a longer paragraph that holds the description is the article's text. */
    private static final int MAX_STANDFIRST_CHARS = 1_000;

    /** The opening tag of a page's title; see {@link #withTitleClosed}. */
    private static final Pattern TITLE_OPEN = Pattern.compile("(?i)<title\\b[^>]*>");

    /** Parsed once: parsing a selector costs more than running it over a page's head. */
    private static final Evaluator DECLARED_ADDRESS =
            QueryParser.parse("link[rel=canonical][href], meta[property=og:url][content]");

    private final MetadataReader metadata = new MetadataReader();
    private final MainContentFinder content = new MainContentFinder();
    private final TextRenderer renderer = new TextRenderer();

    public ExtractedPage extract(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            return ExtractedPage.empty();
        }
        String bounded = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        try {
            String base = baseUrl == null ? "" : baseUrl;
            Document doc = parse(bounded, base);
            // The finder's first walk over the body also gathers what the metadata is read from (it changes the
            // body as it goes, so nothing else can walk it for that afterwards); the head it leaves alone, and the
            // head's own walk looks for the address the page declares too, when its own is not known.
            PageSurvey survey = MetadataReader.survey();
            String host = fetchedHost(baseUrl);
            Element declared = surveyHead(doc.head(), survey, host.isEmpty());
            if (host.isEmpty()) {
                host = declaredHost(doc, declared);
            }
            PageDescription description = PageDescription.of(survey.metas());
            String found = content.find(doc, host, description, survey);
            PageMetadata meta = metadata.read(doc, survey);
            String text = withStructuredFallback(BoilerplateLines.withoutAuthorBio(found, meta.author()),
                    meta.structuredBody(), description);
            return new ExtractedPage(meta.title(), text, meta.author(), meta.published(), meta.language(),
                    meta.publishedPrecision());
        } catch (RuntimeException | StackOverflowError e) {
            Log.LOG.warn("Could not extract text from page {}: {}", baseUrl, e.toString());
            return ExtractedPage.empty();
        }
    }

    private static Document parse(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        String closed = doc.body().childNodeSize() == 0 && doc.title().indexOf('<') >= 0
                ? withTitleClosed(html) : null;
        return closed == null ? doc : Jsoup.parse(closed, baseUrl, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    }

    /**
     * A {@code <title>} that is never closed takes the rest of the page as its text, as the HTML standard says (a
     * browser shows a blank page), so the body comes out empty. Old templates with a mistyped end tag and damaged
     * saved copies do this (five sites of L3S-GN1's development half). The title is closed where its first line
     * or its first tag starts, and the page read again; null when the page holds no title to close. Only asked
     * when the body came out empty and the title holds markup, so a well-formed page never pays for it.
     */
    static String withTitleClosed(String html) {
        Matcher open = TITLE_OPEN.matcher(html);
        if (!open.find()) {
            return null;
        }
        int at = open.end();
        while (at < html.length() && Character.isWhitespace(html.charAt(at))) {
            at++;
        }
        int end = at;
        while (end < html.length() && html.charAt(end) != '<' && html.charAt(end) != '\n'
                && html.charAt(end) != '\r') {
            end++;
        }
        if (end == html.length()) {
            return null;
        }
        return html.substring(0, end) + "</title>" + html.substring(end);
    }

    /**
     * Pages rendered by scripts carry little text in their markup, yet often the whole body in their JSON-LD.
     * The page's visible text wins whenever there is enough of it: publishers' structured bodies are often cut
     * short or stale (on the shared benchmark they score well below the page text).
     *
     * <p>A paywalled page shows its headline, its standfirst and a prompt to subscribe, and gives the body in its
     * JSON-LD without that standfirst: the paragraph of the visible text that the page's description opens stays,
     * before the structured body, unless that body holds the description itself.
     */
    private String withStructuredFallback(String text, String structuredBody, PageDescription description) {
        if (structuredBody == null || text.length() >= MainContentFinder.ENOUGH_CHARS) {
            return text;
        }
        String structured = structuredBody.indexOf('<') >= 0
                ? renderer.render(Jsoup.parseBodyFragment(structuredBody).body())
                : structuredBody.strip();
        if (structured.length() <= 2 * text.length()) {
            return text;
        }
        String standfirst = describedParagraph(text, description);
        return standfirst == null || description.openedIn(structured) ? structured : standfirst + "\n\n" + structured;
    }

    /** The first paragraph of {@code text} that holds the opening of the page's description; null when none does. */
    private static String describedParagraph(String text, PageDescription description) {
        if (description.isEmpty()) {
            return null;
        }
        for (String paragraph : text.split("\n\n")) {
            if (paragraph.length() <= MAX_STANDFIRST_CHARS && description.openedIn(paragraph)) {
                return paragraph;
            }
        }
        return null;
    }

    /** The site of the page's own address when it was fetched over HTTP; empty otherwise. */
    private static String fetchedHost(String baseUrl) {
        return baseUrl != null && baseUrl.regionMatches(true, 0, "http", 0, 4) ? Links.host(baseUrl) : "";
    }

    /**
     * Gives every element of the head to the survey and, when {@code findDeclared}, returns the first that
     * {@link #DECLARED_ADDRESS} matches, as {@code selectFirst} finds it, judging only links and meta tags (the
     * selector matches nothing else); null when none does or when not asked.
     */
    private static Element surveyHead(Element head, PageSurvey survey, boolean findDeclared) {
        Element[] first = new Element[1];
        Walk.forEach(head, element -> {
            survey.visit(element);
            if (findDeclared && first[0] == null && mayDeclareAddress(element) && element.is(DECLARED_ADDRESS)) {
                first[0] = element;
            }
        });
        return first[0];
    }

    /**
     * Whether {@link #DECLARED_ADDRESS} can match the element: a link with a rel or a meta tag with a property. The
     * selector is asked only of those, not of the dozens of other links and meta tags of a page's head.
     */
    private static boolean mayDeclareAddress(Element element) {
        return element.nameIs("link") ? ParsedAttributes.has(element, "rel")
                : element.nameIs("meta") && ParsedAttributes.has(element, "property");
    }

    /**
     * The site of the address the page declares: in its head, found by {@link #surveyHead}; only a page that declares
     * none there is searched whole.
     */
    private static String declaredHost(Document doc, Element inHead) {
        Element declared = inHead != null ? inHead : doc.selectFirst(DECLARED_ADDRESS);
        if (declared == null) {
            return "";
        }
        return Links.host(declared.hasAttr("href") ? declared.attr("href") : declared.attr("content"));
    }
}
