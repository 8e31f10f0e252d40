package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds the block of a page that holds the article. Every paragraph scores by its length and commas; the score
 * flows to its ancestors, fading with distance; each ancestor's score is weighted by its tag, its class and id,
 * and how much of its text is link text. The best ancestor and those of its siblings that score well enough make
 * the article, which is then cleared of blocks that look like boilerplate (link lists, share bars, forms).
 *
 * <p>A first pass drops blocks whose names look like boilerplate before scoring; when that leaves too little
 * text, later passes are more forgiving, and the longest result wins.
 */
final class MainContentFinder {

    /** Text shorter than this after the strict pass means the strict pass probably threw the article away. */
    static final int ENOUGH_CHARS = 500;
    /**
     * A reading with this much text stands, and the more forgiving ones are not tried: a few sentences that the
     * strict reading finds are mostly a short post, and what a forgiving reading adds to them is a comment form
     * or the site's blurb more often than the rest of the article.
     */
    private static final int ENOUGH_FOR_PASS = 300;
    /**
     * A strict reading with a paragraph this long found a short post, not scraps (a skip link, a headline, an app's
     * notices): a forgiving reading whose article lies in a block the strict one drops by its name (a sidebar's
     * "about" box, a disclaimer widget) does not replace it.
     */
    private static final int MIN_POST_PARAGRAPH_CHARS = 150;
    /** How much of a paragraph's opening tells where it lies. */
    private static final int OPENING_CHARS = 40;
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** A paragraph this long, with few links, is prose rather than a label or a teaser. */
    private static final int MIN_PROSE_CHARS = 150;
    /** Fewer links in a paragraph are a source or a pointer; this many make a list (contents, "read also"). */
    private static final int MIN_LIST_LINKS = 3;
    /** Shorter {@code <noscript>} text is a "turn on JavaScript" note, never a page's article. */
    private static final int MIN_NOSCRIPT_CHARS = 200;
    private static final int TOP_CANDIDATES = 5;
    /** A short best block named like content gives way to a block this much longer scoring this share of it. */
    private static final double LEAD_RIVAL_SHARE = 0.75;
    private static final int LEAD_RIVAL_TEXT = 3;
    /** How well a block named like the best one must score to count as another part of the same article. */
    private static final double SAME_KIND_SHARE = 0.5;
    /** How well a block named like the best one and lying before the article must score to be its opening part. */
    private static final double OPENING_PART_SHARE = 0.25;
    /** A headline this short (a site's name) says nothing about which story a page is about. */
    private static final int MIN_HEADLINE_CHARS = 15;
    /** How well the best block of the page's own story must score, against the best block of the page. */
    private static final double STORY_SHARE = 0.25;
    /** On a page with more elements than this, the strict pass's answer stands: retries would cost too much. */
    private static final int MAX_ELEMENTS_FOR_RETRY = 30_000;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    /**
     * How many blocks above a paragraph its score reaches. readability.js gives it to five; at three, the wrapper of
     * a page's columns, four or five blocks above the article's paragraphs and as far above those of the columns
     * beside it, is no longer scored at all, so it cannot be climbed to and take the columns in with the article.
     */
    private static final int SCORE_ANCESTORS = 3;
    /** The share of a cell's text that a table in it holds when the cell only lays that table out. */
    private static final double LAYOUT_TABLE_SHARE = 0.9;
    /** Placed a thousand pixels or more off the page's edge: text for search engines, never for readers. */
    private static final Pattern OFF_SCREEN = Pattern.compile("(^|;)(left|top|text-indent|margin-left):-\\d{4,}");
    /** How far up from the article, and how many elements back from it, a standfirst is looked for. */
    private static final int STANDFIRST_LEVELS = 3;
    /** A block of this many lines or more, each this short on average, is a list of names, not prose. */
    private static final int NAME_LIST_LINES = 30;
    private static final int NAME_LIST_LINE_CHARS = 50;
    /**
     * Elements looked at before the article's first block: a strip of pictures, a share bar or a row of labels between
     * the standfirst and the body runs to dozens of elements, and sixty stopped short of some standfirsts.
     */
    private static final int STANDFIRST_LOOK_BACK = 120;
    /** How many ancestors that open with the article (and so hold nothing before it) the search may climb past. */
    private static final int STANDFIRST_OPENING_ANCESTORS = 5;
    private static final int MIN_STANDFIRST_CHARS = 30;
    private static final int MAX_STANDFIRST_CHARS = 1_000;
    private static final Set<String> STANDFIRST_TAGS = Set.of("p", "div", "h2", "h3", "section", "span", "strong");

    private static final Set<String> JUNK_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "source", "track", "map", "input", "button", "select", "textarea", "option",
            "link", "meta", "base", "dialog", "head",
            // Ruby annotations: the reading printed above East Asian characters, not part of the sentence.
            "rt", "rp");
    private static final Set<String> STRUCTURAL_BOILERPLATE = Set.of("nav", "aside", "footer", "menu");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
            "center", "summary", "img", "picture");
    private static final Set<String> SCORED = Set.of("p", "pre", "td");
    /** Where a list's score starts, as readability.js's: below nothing, as a list is seldom the article. */
    private static final double LIST_START_SCORE = -3;
    private static final Set<String> LINK_PARAGRAPHS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6");
    private static final int MAX_LABEL_CHARS = 60;
    private static final int LABEL_LEVEL = 7;
    /** The blocks a line of text is judged in, for {@link #removeOrphanHeadings}. */
    private static final Set<String> PARAGRAPH_LIKE = Set.of("p", "li", "dd", "dt", "td", "th", "blockquote", "div");
    /** The longest paragraph the line filter drops whole (see {@link BoilerplateLines}). */
    private static final int FURNITURE_LINE_CHARS = 300;
    /** An author's bio or a post's filing line runs to a few sentences; a block that long by that name is text. */
    private static final int MAX_APPENDIX_CHARS = 1_000;
    private static final int MAX_HEADING_CHARS = 100;
    private static final int MAX_BYLINE_LINES = 3;
    /** A link this short is a name; a headline runs longer. */
    private static final int MAX_NAME_CHARS = 30;
    /** How much of a sentence around linked names is its own words. */
    private static final int MIN_SENTENCE_WORDS_CHARS = 20;
    private static final int MIN_TEASERS = 3;
    private static final int MAX_CAPTION_CHARS = 200;
    /** A named caption with this share of the article's text is the article (a slideshow's page), not its caption. */
    private static final double WHOLE_ARTICLE_SHARE = 0.8;
    /** A teaser is a title and a line or two; a longer block by that name is text. */
    private static final int MAX_TEASER_CHARS = 600;
    /** A pointer to another article is a label and a headline; a longer paragraph in italics is text. */
    private static final int MAX_POINTER_CHARS = 150;
    private static final double POINTER_LINK_SHARE = 0.25;
    private static final int MIN_CARD_LINKS = 3;
    private static final double TEASER_LINK_SHARE = 0.25;
    /** An appeal to the reader closing the article is a line or two; a longer last paragraph is text. */
    private static final int MAX_APPEAL_CHARS = 300;
    /** The longest paragraph anywhere in the article that {@link #removeLinkedQuestions} may take for a prompt. */
    private static final int MAX_PROMPT_CHARS = 120;
    /**
     * The longest such paragraph when its opening question stands in bold, as a label over the rest: a site's appeal
     * for support runs to a few sentences ("<b>Enjoying this article?</b> ... <a>Become a supporter!</a>").
     */
    private static final int MAX_LABELLED_PROMPT_CHARS = 600;
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\s]*");
    private static final Set<String> CARD_TAGS = Set.of("div", "li", "article", "section");
    /** What a section can show instead of text: a heading over a picture or a table is no orphan. */
    private static final Set<String> MEDIA_TAGS = Set.of("img", "picture", "table", "video", "iframe", "figure");
    private static final Set<String> CONDITIONAL = Set.of(
            "form", "fieldset", "table", "ul", "ol", "div", "section", "header", "figure", "dl");

    /** Parsed once, not on every paragraph that is asked about its links. */
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    /** The controls a reader writes into: a text box for a comment or a message, a password to sign in. */
    private static final Evaluator WRITING_CONTROLS = QueryParser.parse("textarea, input[type=password]");
    private static final Evaluator HEADLINE = QueryParser.parse("h1");
    /**
     * A heading over readers' comments, by its words: "Comments", "12 Comments", "1 Response", "Reader comments", "3
     * Responses to ...". A lone "Comment" is not one (a subheading of the article, as "Comment", "Briefing", "Data"
     * in advice on pitching to journalists), nor is "Commentary", nor "Recent comments" (a sidebar's list).
     */
    private static final Pattern COMMENTS_HEADING =
            Pattern.compile("(?i)(\\d+\\s+(comments?|responses?)|(readers?'?\\s+)?(comments|responses))\\b.*");
    /** A heading over comments is a word or a short line; a longer one is the article's own subheading. */
    private static final int MAX_COMMENTS_HEADING_CHARS = 80;
    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4");
    /**
     * A form for writing to the site holds its controls and a few labels; a page that wraps everything in one form
     * (as ASP.NET pages do) holds its menus and its article there too, far more text than this.
     */
    private static final int MAX_WRITING_FORM_CHARS = 1_000;
    /** The tag {@code new Element("p")} gives, looked up once, not in a new copy of Jsoup's tag set each time. */
    private static final Tag PARAGRAPH = Tag.valueOf("p", Parser.NamespaceHtml, ParseSettings.preserveCase);

    private final TextRenderer renderer = new TextRenderer();
    private final BoilerplateLines lines = new BoilerplateLines();

    /**
     * One way of reading the page: how strict to be about names that look like boilerplate, and whether text inside
     * {@code <noscript>} counts. Most pages put only a "turn on JavaScript" note or a tracking pixel there, but a page
     * whose script loads the article sometimes gives the whole article there for readers without scripts.
     */
    private record Pass(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally, boolean noscript) {
        /** Whether the pruning leaves the same tree after both passes: it reads nothing else of a pass. */
        boolean prunesLike(Pass other) {
            return other != null && stripUnlikely == other.stripUnlikely && noscript == other.noscript;
        }
    }

    private static final List<Pass> PASSES = List.of(
            new Pass(true, true, true, false),
            new Pass(false, true, true, true),
            new Pass(false, false, true, true),
            new Pass(false, false, false, true));

    /**
     * Reads the article out of {@code page}, which it changes (blocks are removed and renamed): callers read what
     * else they need from the page first.
     *
     * @param host the site the page belongs to (see {@link Links#host}), empty when unknown
     * @param description what the page's meta tags say it opens with: a short reading that holds it has found the
     *     article, and stands against longer forgiving readings that do not
     * @param survey sees every element of the page's body once, in page order, before anything is removed; null for
     *     none
     */
    String find(Document page, String host, PageDescription description, PageSurvey survey) {
        String best = "";
        boolean bestOpens = false;
        String strict = "";
        // The strict pass's changes to the page, kept: the few pages that need a more forgiving pass get their copy
        // of the page as parsed by taking them back, rather than by parsing the page again, and every page is left as
        // the strict pass left it.
        PageEdits strictEdits = PageEdits.kept();
        Document pristine = null;
        // The forgiving passes prune alike: the copy is pruned once, and each of them reads a copy of that.
        Pass prunedAs = null;
        // The strict pass's survey sees every element of the body before anything is removed: counting them there
        // tells whether the page is too large to retry before it is copied, rather than after.
        int[] bodyElements = new int[1];
        // Whether the page marks a recipe's ingredients, seen on the same walk: nearly no page does, and those that
        // do not are spared the look for them in every reading. Without a survey, every reading looks.
        Consumer<Element> counted = survey == null ? null : element -> {
            bodyElements[0]++;
            survey.visit(element);
        };
        // Nearly no page marks a recipe's ingredients; the survey notes one that does as it passes, and the others
        // are spared the look for them in every reading. Without a survey, every reading looks.
        BooleanSupplier marksIngredients = () -> survey == null || survey.marksIngredients();
        for (int i = 0; i < PASSES.size(); i++) {
            Document doc = page;
            if (i > 0) {
                if (!PASSES.get(i).prunesLike(prunedAs)) {
                    if (prunedAs == null && counted != null
                            && bodyElements[0] + elementsOutsideBody(page) > MAX_ELEMENTS_FOR_RETRY) {
                        break;
                    }
                    pristine = asParsed(page, strictEdits);
                    if (prunedAs == null && counted == null
                            && Walk.elements(pristine).size() > MAX_ELEMENTS_FOR_RETRY) {
                        break;
                    }
                    pruneAndParagraphise(pristine.body(), PASSES.get(i), null, PageEdits.NONE);
                    prunedAs = PASSES.get(i);
                }
                doc = i == PASSES.size() - 1 ? pristine : pristine.clone();
            }
            Reading reading = article(doc, PASSES.get(i), host, description, i == 0 ? counted : null, i == 0,
                    i == 0 ? strictEdits : PageEdits.NONE, marksIngredients);
            String text = lines.filter(renderer.paragraphs(reading.article()));
            // Only asked once a reading came out short, on few pages: the strict one is most often long enough.
            boolean opens = (i > 0 || text.length() < ENOUGH_FOR_PASS) && description.openedIn(text);
            if (i == 0) {
                strict = text;
            } else if (!opens && reading.droppedBlock() != null && holdsPost(strict)
                    && !holdsOpening(reading.droppedBlock(), strict)) {
                // The strict reading found a short post beside the block it dropped by its name, where this reading
                // found its article: a sidebar's box that says what the site is about outweighs a post of a few
                // lines, and is never the article. (A layout block misnamed "sidebar" holds the post itself, or
                // the text the page's description opens.)
                continue;
            }
            if (text.length() >= ENOUGH_FOR_PASS && (opens || !bestOpens)) {
                return text;
            }
            if (opens && !bestOpens || (opens == bestOpens && text.length() > best.length())) {
                best = text;
                bestOpens = opens;
            }
        }
        return best;
    }

    /**
     * A copy of {@code page} as it was parsed, before the changes {@code edits} kept; the page itself is left as they
     * left it.
     */
    private static Document asParsed(Document page, PageEdits edits) {
        edits.undo();
        Document copy = page.clone();
        edits.redo();
        return copy;
    }

    /**
     * How many elements of {@code page} lie outside its body, the document itself included, as {@link Walk#elements}
     * counts them: the readings change only the body, so this is what the page held when it was parsed.
     */
    private static int elementsOutsideBody(Document page) {
        return Walk.countSkipping(page, page.body());
    }

    /**
     * What one reading found: the article, and the block around its best block that the strict reading drops by its
     * name (asked of the forgiving readings only); null when there is none, and always for the strict reading.
     */
    private record Reading(Element article, Element droppedBlock) {
    }

    /**
     * @param marksIngredients whether the page marks a recipe's ingredients (asked once the page is pruned: the strict
     *     reading's survey finds out while it prunes)
     */
    private Reading article(Document doc, Pass pass, String host, PageDescription description,
            Consumer<Element> survey, boolean prune, PageEdits edits, BooleanSupplier marksIngredients) {
        Element body = doc.body();
        if (prune) {
            pruneAndParagraphise(body, pass, survey, edits);
        }
        TextStats stats = TextStats.of(body);
        Map<Element, Double> scores = score(body, stats, pass);
        List<Element> ranked = best(scores, TOP_CANDIDATES);
        Element lead = liftedLead(ranked, scores, stats, pass);
        Element top = storyUnderHeadline(topCandidate(body, scores, stats, ranked, lead), doc, scores, stats);
        Element droppedBlock = pass.stripUnlikely() ? null : droppedByNameAround(top, body);
        // A forgiving reading gets no standfirst from the description: a block before a comment form that holds it
        // is the post the strict reading found, and would make that reading look like the article (see find).
        List<Element> blocks = articleBlocks(doc, top, scores, stats);
        blocks = withPartsApart(blocks, top, body, ranked, scores, stats);
        blocks = withOpeningPart(blocks, top, ranked, scores, stats);
        // The standfirst sits before the article's first block, which is not always its best-scoring one: a body
        // split into blocks of one kind (a section each) often scores best in a later block.
        Element standfirst = standfirst(blocks.get(0), body, stats,
                pass.stripUnlikely() ? description : PageDescription.NONE);
        if (standfirst == null && lead != null && fitsStandfirst(lead, stats)
                && betweenHeadlineAndBody(lead, blocks.get(0), stats)) {
            standfirst = lead;
        }
        Element article = doc.createElement("div");
        // A recipe's ingredients, short lines of amounts and names, score nothing and often sit apart from its
        // method, in a tab or a box of their own: the list the page marks as the ingredients comes with the method.
        boolean recipe = marksIngredients.getAsBoolean();
        Element ingredients = recipe ? ingredientsApart(blocks, stats) : null;
        boolean ingredientsFirst = ingredients != null
                && stats.elements().indexOf(ingredients) < stats.elements().indexOf(blocks.get(0));
        if (ingredientsFirst) {
            edits.append(article, ingredients);
        }
        for (Element block : blocks) {
            edits.append(article, block);
        }
        if (ingredients != null && !ingredientsFirst) {
            edits.append(article, ingredients);
        }
        if (standfirst != null && !isAncestor(article, standfirst)) {
            edits.prepend(article, standfirst);
        }
        // The clean-up judges blocks by their shape and name; the block that repeats the page's description is the
        // article's opening whatever its shape (a caption under the top picture, a subheading, a short named block).
        Element described = pass.stripUnlikely() ? describedBlock(article, stats, description) : null;
        clean(article, scores, pass, host, stats, edits, recipe);
        if (described != null && !isAncestor(article, described)) {
            edits.prepend(article, described);
        }
        return new Reading(article, droppedBlock);
    }

    /**
     * The outermost block below {@code body} that holds {@code element} (or is it) and that the strict reading drops by
     * its name; null when there is none.
     */
    private static Element droppedByNameAround(Element element, Element body) {
        Element dropped = null;
        for (Element block = element; block != null && block != body; block = block.parent()) {
            if (droppedByName(block)) {
                dropped = block;
            }
        }
        return dropped;
    }

    /** Whether {@code text} holds a paragraph of {@value #MIN_POST_PARAGRAPH_CHARS} characters or more. */
    private static boolean holdsPost(String text) {
        if (text.length() < MIN_POST_PARAGRAPH_CHARS) {
            return false;
        }
        for (String paragraph : text.split("\n\n")) {
            if (paragraph.length() >= MIN_POST_PARAGRAPH_CHARS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code block} holds the opening words of {@code text}'s first paragraph long enough to tell (its first
     * {@value #OPENING_CHARS} characters).
     */
    private static boolean holdsOpening(Element block, String text) {
        for (String paragraph : text.split("\n")) {
            if (paragraph.length() >= OPENING_CHARS) {
                return block.text().contains(paragraph.substring(0, OPENING_CHARS));
            }
        }
        return false;
    }

    /**
     * The block of the ingredients that the page marks with schema.org's recipe markup, when it lies outside the
     * article's blocks: the list (or table) of the first of them, with the lists and subheadings beside it ("For the
     * sauce:") as far as a block holds nothing else. Null when the page marks none (nearly every page), when the
     * article holds one, or when the list would hold the article itself.
     */
    private static Element ingredientsApart(List<Element> blocks, TextStats stats) {
        List<Element> lines = null;
        for (Element element : stats.elements()) {
            if (ingredient(element)) {
                if (holdsAny(element, blocks) || insideAny(element, blocks)) {
                    return null;
                }
                if (lines == null) {
                    lines = new ArrayList<>();
                }
                lines.add(element);
            }
        }
        if (lines == null) {
            return null;
        }
        Element list = lines.get(0).parent();
        if (list == null || holdsAny(list, blocks)) {
            return null;
        }
        for (Element up = list.parent(); up != null && !holdsAny(up, blocks) && onlyIngredients(up, lines, stats);
                up = up.parent()) {
            list = up;
        }
        return list;
    }

    /** Whether {@code element} holds one of {@code blocks}. */
    private static boolean holdsAny(Element element, List<Element> blocks) {
        for (Element block : blocks) {
            if (isAncestor(element, block)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code element} is one of {@code blocks} or lies inside one. */
    private static boolean insideAny(Element element, List<Element> blocks) {
        for (Element block : blocks) {
            if (block == element || isAncestor(block, element)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every child of {@code block} that has text is a subheading or holds some of the ingredients' lines. */
    private static boolean onlyIngredients(Element block, List<Element> lines, TextStats stats) {
        for (Element child : block.children()) {
            if (stats.chars(child) == 0 || headingLevel(child, stats) > 0) {
                continue;
            }
            boolean holds = false;
            for (Element line : lines) {
                if (line == child || isAncestor(child, line)) {
                    holds = true;
                    break;
                }
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean ingredient(Element element) {
        return element.attributesSize() > 0 && PageSurvey.ingredientProperty(element.attr("itemprop"));
    }

    /**
     * The lines of the recipe's ingredients in the article, the lists or tables that hold them, and the blocks around
     * those that hold mostly ingredients, which the clean-up keeps: a table of amounts and names is short and, where
     * the names link to the products, mostly links. Empty on a page that marks no ingredients.
     */
    private static Set<Element> ingredientLines(Element article, List<Element> all, TextStats stats) {
        Set<Element> lines = null;
        Map<Element, Integer> ingredientChars = null;
        for (Element element : all) {
            if (!ingredient(element)) {
                continue;
            }
            if (lines == null) {
                lines = Collections.newSetFromMap(new IdentityHashMap<>());
                ingredientChars = new IdentityHashMap<>();
            }
            lines.add(element);
            Element list = element.parent();
            while (list != null && list != article && !(list.nameIs("ul") || list.nameIs("ol")
                    || list.nameIs("table") || list.nameIs("dl"))) {
                list = list.parent();
            }
            if (list == null || list == article || !lines.add(list)) {
                continue;
            }
            int chars = stats.chars(list);
            for (Element up = list.parent(); up != null && up != article; up = up.parent()) {
                ingredientChars.merge(up, chars, Integer::sum);
            }
        }
        if (lines == null) {
            return Set.of();
        }
        for (Map.Entry<Element, Integer> entry : ingredientChars.entrySet()) {
            if (entry.getValue() * 2 >= stats.chars(entry.getKey())) {
                lines.add(entry.getKey());
            }
        }
        return lines;
    }

    /**
     * Removes what is never text (scripts, forms' controls, hidden blocks, comments) and, when strict, named
     * boilerplate; then treats a div that holds only running text as a paragraph, and wraps the loose text runs of a
     * div that mixes text and blocks into paragraphs, so text written without {@code <p>} tags scores like text
     * with them. One walk does both: it drops a doomed block without looking inside, and shapes each div on the
     * way out, once everything inside it is settled.
     */
    private static void pruneAndParagraphise(Element body, Pass pass, Consumer<Element> survey, PageEdits edits) {
        NodeTraversor.filter(new NodeFilter() {
            /** The block whose children after a heading over comments are the thread (see {@link #commentsHeading}). */
            private Node thread;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    edits.willRemove(node);
                    return FilterResult.REMOVE;
                }
                if (thread != null && node.parentNode() == thread) {
                    if (node instanceof Element element) {
                        if (survey != null) {
                            survey.accept(element);
                        }
                        keepStandfirst(element, survey, edits);
                    }
                    edits.willRemove(node);
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (survey != null) {
                    survey.accept(element);
                }
                if (element != body && commentsHeading(element)) {
                    thread = element.parentNode();
                    keepStandfirst(element, survey, edits);
                    edits.willRemove(element);
                    return FilterResult.REMOVE;
                }
                if (element != body && doomed(element, pass)) {
                    // The walk will not look inside, but the survey must see everything: one walk inside serves both.
                    keepStandfirst(element, survey, edits);
                    edits.willRemove(element);
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element.nameIs("div")) {
                    paragraphise(element, edits);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /**
     * A page header dropped for its name ("entry-header") often holds the article's standfirst; that paragraph
     * stays, where the header was, so the article can take it back (see {@link #standfirst}). The same walk inside
     * the dropped block gives the survey (when there is one) every element in it, before the standfirst moves, so
     * that the survey sees it in its place in the page.
     */
    private static void keepStandfirst(Element doomed, Consumer<Element> survey, PageEdits edits) {
        if (doomed.firstElementChild() == null) {
            // Most dropped blocks (scripts, styles, inputs, frames) hold no element: nothing to survey or keep.
            return;
        }
        boolean header = doomed.attributesSize() > 0 && ClassHints.header(doomed)
                && !JUNK_TAGS.contains(doomed.normalName());
        if (!header && survey == null) {
            return;
        }
        Element[] found = new Element[1];
        Walk.forEach(doomed, inside -> {
            if (inside == doomed) {
                return;
            }
            if (survey != null) {
                survey.accept(inside);
            }
            if (header && inside.attributesSize() > 0 && STANDFIRST_TAGS.contains(inside.normalName())
                    && ClassHints.lead(inside) && !ClassHints.header(inside) && !insideLink(inside, doomed)) {
                found[0] = inside;
            }
        });
        if (found[0] != null) {
            edits.insertBefore(doomed, found[0]);
        }
    }

    /**
     * A heading over readers' comments set among the post's own blocks, with the comments after it as its siblings
     * and no block around them to name them (an older blog template's "Comments" heading, then each comment and its
     * "Posted by" line): the heading and everything after it in its block are the thread, in every reading.
     */
    private static boolean commentsHeading(Element element) {
        if (!SECTION_HEADINGS.contains(element.normalName())) {
            return false;
        }
        String text = element.text();
        return text.length() <= MAX_COMMENTS_HEADING_CHARS && COMMENTS_HEADING.matcher(text).matches();
    }

    private static boolean doomed(Element element, Pass pass) {
        if (pass.noscript() && element.nameIs("noscript") && element.text().length() >= MIN_NOSCRIPT_CHARS) {
            return false;
        }
        // Most elements carry no attribute at all; they skip every look-up below that reads one.
        boolean attributed = element.attributesSize() > 0;
        if (JUNK_TAGS.contains(element.normalName()) || (attributed && hidden(element))) {
            return true;
        }
        // Readers' comments are never the article, in a forgiving reading too: on a post that is a picture or a video
        // with a line under it, the thread below is the only prose, and a forgiving reading took it for the article.
        // The names are looked up once for the three questions below that ask them.
        int hints = attributed ? ClassHints.early(element) : 0;
        if (ClassHints.commentThread(hints)) {
            return true;
        }
        if (element.nameIs("form") && writingForm(element)) {
            return true;
        }
        return pass.stripUnlikely() && droppedByName(element, hints);
    }

    /** Page furniture by its tag or its name (nav, aside, "sidebar", "footer", role=banner...): the strict reading's. */
    private static boolean droppedByName(Element element) {
        return droppedByName(element, element.attributesSize() > 0 ? ClassHints.early(element) : 0);
    }

    /** {@link #droppedByName(Element)}, with the element's hints already looked up (see {@link ClassHints#early}). */
    private static boolean droppedByName(Element element, int hints) {
        return STRUCTURAL_BOILERPLATE.contains(element.normalName())
                || (element.attributesSize() > 0 && (ClassHints.boilerplateRole(element)
                || (!element.nameIs("article") && !element.nameIs("main") && !element.nameIs("a")
                && ClassHints.unlikely(hints) && !insideTableOrCode(element) && !embeddedPost(element, hints)
                && !builderSubheading(element))));
    }

    /**
     * A page builder sets an article as a row of modules that share a first class name, one per part ("j-module
     * j-text", "j-module j-header", "j-module j-text"): a module that holds only a subheading carries "header" in its
     * name (its heading too, in an id such as "cc-m-header-12"), as a page's header does, but it is one of the
     * article's parts, like the text modules beside it. Only a heading (h2 to h6, no link) alone in its block, with a
     * sibling named by the same first class name, is spared: the block and the heading both.
     */
    private static boolean builderSubheading(Element element) {
        if (subheading(element)) {
            Element parent = element.parent();
            return parent != null && Walk.childCount(parent) == 1 && holdsOnly(parent, element) && moduleOfARow(parent);
        }
        Element inside = element;
        while (Walk.childCount(inside) == 1) {
            inside = inside.firstElementChild();
            if (subheading(inside)) {
                return holdsOnly(element, inside) && moduleOfARow(element);
            }
        }
        return false;
    }

    private static boolean subheading(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6'
                && element.selectFirst("a") == null;
    }

    /** Whether {@code block}'s text is all {@code heading}'s, and there is some. */
    private static boolean holdsOnly(Element block, Element heading) {
        int chars = heading.text().length();
        return chars > 0 && block.text().length() == chars;
    }

    /** Whether a sibling just before or after {@code element} opens its class with the same name. */
    private static boolean moduleOfARow(Element element) {
        String first = firstClass(element);
        if (first.isEmpty()) {
            return false;
        }
        Element before = element.previousElementSibling();
        Element after = element.nextElementSibling();
        return (before != null && first.equals(firstClass(before))) || (after != null && first.equals(firstClass(after)));
    }

    private static String firstClass(Element element) {
        String names = element.className().strip();
        int space = names.indexOf(' ');
        return space < 0 ? names : names.substring(0, space);
    }

    /**
     * A form the reader writes into (a comment, a message to the site, a sign-in), by its controls: a text box or a
     * password field. Its labels ("Your nickname", "Image verification", "Name (required)") are never the article's,
     * in a forgiving reading neither; inputs go as junk, so the labels were left as lines of their own. A form that
     * holds a headline or more text than such a form needs wraps the page, article and all.
     */
    private static boolean writingForm(Element form) {
        return form.selectFirst(WRITING_CONTROLS) != null && form.selectFirst(HEADLINE) == null
                && form.text().length() <= MAX_WRITING_FORM_CHARS;
    }

    /**
     * A post from a social network quoted in the article (a tweet, an Instagram or Telegram post) sits in a block
     * named "social-embed" or the like, as share bars do; unlike a share bar it holds the quote itself.
     */
    private static boolean embeddedPost(Element element) {
        return embeddedPost(element, ClassHints.early(element));
    }

    /** {@link #embeddedPost(Element)}, with the element's hints already looked up (see {@link ClassHints#early}). */
    private static boolean embeddedPost(Element element, int hints) {
        return ClassHints.share(hints) && holdsBlockquote(element);
    }

    /**
     * Whether {@code element} is a blockquote or holds one, as {@code getElementsByTag} would find, stopping at the
     * first rather than gathering every one.
     */
    private static boolean holdsBlockquote(Element element) {
        boolean[] found = new boolean[1];
        Walk.forEach(element, inside -> found[0] |= inside.nameIs("blockquote"));
        return found[0];
    }

    private static boolean hidden(Element element) {
        if (ParsedAttributes.has(element, "hidden") || "true".equals(ParsedAttributes.get(element, "aria-hidden"))) {
            return true;
        }
        String style = ParsedAttributes.get(element, "style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden")
                || (compact.indexOf(":-") >= 0 && OFF_SCREEN.matcher(compact).find());
    }

    private static boolean insideTableOrCode(Element element) {
        for (Element parent : element.parents()) {
            if (parent.nameIs("table") || parent.nameIs("code") || parent.nameIs("pre")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Treats a div that holds only running text as a paragraph, and wraps the loose text runs of a div that
     * mixes text and blocks into paragraphs, so text written without {@code <p>} tags scores like text with them.
     */
    private static void paragraphise(Element div, PageEdits edits) {
        if (hasBlockChild(div)) {
            wrapInlineRuns(div, edits);
        } else {
            edits.rename(div, "p");
        }
    }

    private static boolean hasBlockChild(Element element) {
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof Element child && BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void wrapInlineRuns(Element div, PageEdits edits) {
        wrapInlineRuns(div, edits, null);
    }

    /** @param wrapped gets each paragraph made, when not null */
    private static void wrapInlineRuns(Element block, PageEdits edits, List<Element> wrapped) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(block.childNodes())) {
            boolean inline = child instanceof TextNode
                    || (child instanceof Element e && !BLOCKS.contains(e.normalName()));
            if (inline) {
                run.add(child);
            } else {
                wrap(run, edits, wrapped);
                run.clear();
            }
        }
        wrap(run, edits, wrapped);
    }

    private static void wrap(List<Node> run, PageEdits edits, List<Element> wrapped) {
        boolean hasText = false;
        for (Node node : run) {
            if (node instanceof TextNode t ? !t.isBlank() : node instanceof Element e && e.hasText()) {
                hasText = true;
                break;
            }
        }
        if (!hasText) {
            return;
        }
        Element paragraph = new Element(PARAGRAPH, null);
        edits.insertBefore(run.get(0), paragraph);
        for (Node node : run) {
            edits.append(paragraph, node);
        }
        if (wrapped != null) {
            wrapped.add(paragraph);
        }
    }

    /**
     * Wraps the loose text runs of the article's table cells that mix text and blocks into paragraphs, as a div's
     * are before scoring (see {@link #paragraphise}): an old table layout sets its menu lines ("News: <a>Front
     * Page</a> | <a>National</a> | ...") loose in the cell that holds the story's paragraphs, where the clean-up,
     * which judges paragraphs, never saw them. Done only here, on the article, so that the scoring of table layouts
     * stays as it was. Whether any paragraph was made.
     */
    private static boolean wrapLooseCellText(List<Element> all, TextStats stats, PageEdits edits) {
        List<Element> wrapped = new ArrayList<>();
        for (Element cell : all) {
            if ((cell.nameIs("td") || cell.nameIs("th")) && hasBlockChild(cell)) {
                wrapInlineRuns(cell, edits, wrapped);
            }
        }
        for (Element paragraph : wrapped) {
            stats.adopt(paragraph);
        }
        return !wrapped.isEmpty();
    }

    private static Map<Element, Double> score(Element body, TextStats stats, Pass pass) {
        // Kept in the order blocks were first scored (page order), so that among equal scores the ranking below
        // is the same on every run; elements compare by identity, so this map behaves as an identity map.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element paragraph : stats.elements()) {
            if (!SCORED.contains(paragraph.normalName())) {
                continue;
            }
            if (paragraph.nameIs("td") && (layoutCell(paragraph, stats) || holdsLayoutTable(paragraph, stats))) {
                continue;
            }
            int chars = stats.chars(paragraph);
            if (chars < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            int commas = nameList(paragraph, stats) ? 0 : stats.commas(paragraph);
            double points = 1 + commas + Math.min(chars / 100, 3);
            Element ancestor = paragraph.parent();
            for (int level = 0; level < SCORE_ANCESTORS && ancestor != null && ancestor != body.parent(); level++) {
                // One look-up where a first score, then a sum, took three: the same sums, in the same order.
                Double scored = scores.get(ancestor);
                double before = scored != null ? scored : initialScore(ancestor, pass);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(ancestor, before + points / divider);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((element, score) -> score * (1 - stats.linkDensity(element)));
        return scores;
    }

    /**
     * A block of many short lines broken with {@code <br>} (signatures under an open letter, "Name, University" a
     * line): its commas part a name from its place, not the clauses of prose, and they made the list outscore the
     * letter above it.
     */
    private static boolean nameList(Element paragraph, TextStats stats) {
        int lines = stats.breaks(paragraph) + 1;
        return lines >= NAME_LIST_LINES && stats.chars(paragraph) < lines * NAME_LIST_LINE_CHARS;
    }

    /**
     * A cell whose text is mostly in paragraphs, in a row where another cell holds paragraphs too: the table lays
     * out the page (a column of news links beside the article), and scoring such a cell as a paragraph would make
     * the row that holds every column look like the article. Its paragraphs still score on their own.
     */
    private static boolean layoutCell(Element cell, TextStats stats) {
        Element row = cell.parent();
        if (row == null || stats.paragraphChars(cell) * 2 < stats.chars(cell)) {
            return false;
        }
        for (int i = 0; i < row.childNodeSize(); i++) {
            if (row.childNode(i) instanceof Element other && other != cell && other.nameIs("td")
                    && stats.paragraphs(other) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cell that holds a table with nine tenths of its text or more: the cell only lays that table out (a column of
     * the page's table around the story's own table, or around the menu's), it is no paragraph. Scored as one, with
     * the commas of the whole story, every such cell of a nested layout lifted its row, and the row of the page's
     * outer table, which holds the menu column beside the story, came out on top; that table was then cleared as a
     * table of links, story and all. A cell whose story runs on past its table (or over two tables) still scores.
     */
    private static boolean holdsLayoutTable(Element cell, TextStats stats) {
        int most = (int) Math.ceil(stats.chars(cell) * LAYOUT_TABLE_SHARE);
        for (Element child = cell.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("table") && stats.chars(child) >= most) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element element, Pass pass) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul" -> LIST_START_SCORE;
            case "address", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + (pass.weighClasses() ? ClassHints.weight(element) : 0);
    }

    /** @param lead a short block that the ranking put first by its name (see {@link #liftedLead}), or null */
    private static Element topCandidate(Element body, Map<Element, Double> scores, TextStats stats,
            List<Element> ranked, Element lead) {
        if (lead != null) {
            // The ranking from the longer block that outweighs the lead: those ranked between are short too, or hold
            // one of the two or lie in one.
            ranked = ranked.subList(ranked.indexOf(leadRival(ranked, scores, stats)), ranked.size());
        }
        // An author's bio (or another block sites append to a post) can outscore a short post, never be it.
        if (!ranked.isEmpty() && ranked.get(0).attributesSize() > 0 && ClassHints.appendix(ranked.get(0))) {
            ranked = new ArrayList<>(ranked);
            ranked.removeIf(block -> block.attributesSize() > 0 && ClassHints.appendix(block));
        }
        if (ranked.isEmpty() || ranked.get(0) == body) {
            return body;
        }
        Element top = ranked.get(0);
        double topScore = scores.get(top);

        // When several strong candidates share an ancestor, the article is that ancestor, split into parts. Two of
        // them at least must lie outside the best block: blocks inside it (a short post's entry within the post, both
        // holding the same few lines) score nearly as well by that text alone and are no sign of parts around it.
        List<Element> rivals = new ArrayList<>();
        for (Element other : ranked.subList(1, Math.min(ranked.size(), TOP_CANDIDATES))) {
            if (scores.get(other) / topScore >= 0.75) {
                rivals.add(other);
            }
        }
        if (rivals.size() >= 3 && countOutside(top, rivals) >= 2) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int holds = 0;
                for (Element rival : rivals) {
                    if (isAncestor(parent, rival)) {
                        holds++;
                    }
                }
                if (holds >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        top = withSameKindParts(top, body, ranked, scores, topScore);

        // Climb while a parent scores better: it holds more of the same article. Above a table cell, a parent that
        // adds mostly links (the row that sets a "most read" box beside the story) must beat the best block itself:
        // an old layout's cell scores as a paragraph of its row, so the row outscores the cell without holding more
        // of the story.
        double lastScore = scores.getOrDefault(top, 0.0);
        double bestScore = lastScore;
        double threshold = lastScore / 3;
        Element best = top;
        boolean leftCell = false;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            boolean aboveCell = leftCell;
            leftCell |= parent.nameIs("td");
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > (aboveCell && addsLinks(parent, best, stats) ? bestScore : lastScore)) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }

        while (top.parent() != null && top.parent() != body && Walk.childCount(top.parent()) == 1) {
            top = top.parent();
        }
        return top;
    }

    /** How many of {@code blocks} lie outside {@code block}. */
    private static int countOutside(Element block, List<Element> blocks) {
        int outside = 0;
        for (Element other : blocks) {
            if (!isAncestor(block, other)) {
                outside++;
            }
        }
        return outside;
    }

    /** Whether most of the text that {@code outer} holds beyond {@code inner} sits in links. */
    private static boolean addsLinks(Element outer, Element inner, TextStats stats) {
        int added = stats.chars(outer) - stats.chars(inner);
        return added > 0 && (stats.linkChars(outer) - stats.linkChars(inner)) * 2 > added;
    }

    /**
     * The best block when it is a short block lifted to the top by its name alone (a standfirst in a block named
     * "post-text" over a body that a page builder split into unnamed sections), and another block outside it holds
     * several times its text, enough for an article, and scores nearly as well by that text: the article is there,
     * and the short block is its standfirst at most. Null otherwise (nearly always).
     */
    private static Element liftedLead(List<Element> ranked, Map<Element, Double> scores, TextStats stats, Pass pass) {
        if (ranked.isEmpty() || !pass.weighClasses()) {
            return null;
        }
        Element top = ranked.get(0);
        if (stats.chars(top) >= ENOUGH_CHARS || top.attributesSize() == 0 || ClassHints.weight(top) <= 0) {
            return null;
        }
        return leadRival(ranked, scores, stats) == null ? null : top;
    }

    /** The first block of the ranking that outweighs its short best block (see {@link #liftedLead}), or null. */
    private static Element leadRival(List<Element> ranked, Map<Element, Double> scores, TextStats stats) {
        Element top = ranked.get(0);
        int chars = stats.chars(top);
        double topScore = scores.get(top);
        for (Element other : ranked.subList(1, ranked.size())) {
            int otherChars = stats.chars(other);
            if (scores.get(other) >= topScore * LEAD_RIVAL_SHARE && otherChars >= ENOUGH_CHARS
                    && otherChars >= chars * LEAD_RIVAL_TEXT && !isAncestor(top, other) && !isAncestor(other, top)) {
                return other;
            }
        }
        return null;
    }

    /**
     * Whether {@code element} comes after a headline ({@code <h1>}) and before {@code first}, where a standfirst sits;
     * a short block before the headline is the page's (a pop-up's prompt, a banner), and one after the body's start is
     * the body's.
     */
    private static boolean betweenHeadlineAndBody(Element element, Element first, TextStats stats) {
        boolean headline = false;
        for (Element each : stats.elements()) {
            if (each == element) {
                return headline;
            }
            if (each == first) {
                return false;
            }
            headline |= each.nameIs("h1");
        }
        return false;
    }

    /** A standfirst's length, and few links. */
    private static boolean fitsStandfirst(Element element, TextStats stats) {
        int chars = stats.chars(element);
        return chars >= MIN_STANDFIRST_CHARS && chars <= MAX_STANDFIRST_CHARS && stats.linkDensity(element) < 0.2;
    }

    /**
     * Pages that load the next stories as the reader scrolls stack several articles, each under its own headline,
     * and a longer one further down can outscore the page's own. When a headline that repeats the page's title comes
     * before the best block, and another headline comes between them, the page's story is the block around the
     * first headline, and its best block is the article (when it scores well enough to be one).
     */
    private static Element storyUnderHeadline(Element top, Document doc, Map<Element, Double> scores,
            TextStats stats) {
        // The title is read at the first top heading before the best block: a page with none there keeps its best
        // block whatever its title, and is spared the walk over its head that reading the title takes.
        String title = null;
        List<Element> order = stats.elements();
        Element headline = null;
        Element story = null;
        boolean another = false;
        for (Element element : order) {
            if (element == top) {
                break;
            }
            if (!element.nameIs("h1")) {
                continue;
            }
            if (title == null) {
                title = doc.title();
                if (title.length() < MIN_HEADLINE_CHARS) {
                    return top;
                }
            }
            if (headline == null) {
                String text = element.text().strip();
                if (text.length() >= MIN_HEADLINE_CHARS && title.contains(text)) {
                    headline = element;
                    story = outermostWithout(headline, top);
                }
            } else if (!isAncestor(story, element)) {
                another = true;
                break;
            }
        }
        if (!another || story == null) {
            return top;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        Element best = null;
        double bestScore = topScore * STORY_SHARE;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() >= bestScore && (entry.getKey() == story || isAncestor(story, entry.getKey()))) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best == null ? top : best;
    }

    /** The outermost ancestor of {@code element} (or itself) that does not hold {@code other}; null if none. */
    private static Element outermostWithout(Element element, Element other) {
        Element outermost = null;
        for (Element up = element; up != null && !isAncestor(up, other) && up != other; up = up.parent()) {
            outermost = up;
        }
        return outermost;
    }

    /**
     * Page builders split an article into blocks of one kind (text, picture, embed, text again), each text block with
     * the same class name; another block named like the best one and scoring nearly as well is a part of the same
     * article, not a rival: the article is the nearest block that holds both.
     */
    private static Element withSameKindParts(Element top, Element body, List<Element> ranked,
            Map<Element, Double> scores, double topScore) {
        String kind = top.className();
        if (kind.isEmpty()) {
            return top;
        }
        Element article = top;
        for (Element other : ranked) {
            if (other == top || !sameKind(kind, other.className()) || scores.get(other) < topScore * SAME_KIND_SHARE
                    || isAncestor(top, other) || isAncestor(other, top)) {
                continue;
            }
            Element holder = article.parent();
            while (holder != null && holder != body && !isAncestor(holder, other)) {
                holder = holder.parent();
            }
            // Two headlines in it: stories stacked one after another (see storyUnderHeadline), not one split up.
            if (holder == null || holder == body || holder.getElementsByTag("h1").size() > 1) {
                return top;
            }
            article = holder;
        }
        return article;
    }

    /**
     * Some page builders set each part of an article straight in the page's body, one top-level section after another
     * (text, a table, text again), so no block below the body holds both parts and {@link #withSameKindParts} leaves
     * the article at its best part. Another part named like the article, scoring at least half as well and sharing
     * no block with it but the body, comes in as a block of its own, in page order, unless a headline lies between
     * them (stories stacked one after another, see {@link #storyUnderHeadline}).
     */
    private static List<Element> withPartsApart(List<Element> blocks, Element top, Element body, List<Element> ranked,
            Map<Element, Double> scores, TextStats stats) {
        // The best block the article holds names the kind: the article itself is often a wrapper climbed to.
        Element best = bestHeldBy(top, ranked);
        if (best == null || best.className().isEmpty() || top == body) {
            return blocks;
        }
        String kind = best.className();
        double topScore = scores.get(best);
        Element section = outermostBelow(top, body);
        if (section == null) {
            return blocks;
        }
        List<Element> sections = new ArrayList<>(List.of(section));
        List<Element> parts = null;
        for (Element other : ranked) {
            if (other == best || !sameKind(kind, other.className()) || scores.get(other) < topScore * SAME_KIND_SHARE) {
                continue;
            }
            Element otherSection = outermostBelow(other, body);
            if (otherSection == null || sections.contains(otherSection)) {
                continue;
            }
            sections.add(otherSection);
            if (parts == null) {
                parts = new ArrayList<>(blocks);
            }
            parts.add(other);
        }
        if (parts == null) {
            return blocks;
        }
        List<Element> order = stats.elements();
        parts.sort(Comparator.comparingInt(order::indexOf));
        int first = order.indexOf(parts.get(0));
        int last = order.indexOf(parts.get(parts.size() - 1));
        for (int i = first; i <= last; i++) {
            if (order.get(i).nameIs("h1")) {
                return blocks;
            }
        }
        return parts;
    }

    /** The highest-ranked of {@code ranked} that is {@code top} or lies inside it; null when none does. */
    private static Element bestHeldBy(Element top, List<Element> ranked) {
        for (Element block : ranked) {
            if (block == top || isAncestor(top, block)) {
                return block;
            }
        }
        return null;
    }

    /**
     * A story's opening paragraphs often sit in a block of their own, named like the body's (a lead picture, an
     * advertisement or a new layout row comes between them and the rest), and being short, score well under half as
     * well as the body: neither {@link #withSameKindParts} nor {@link #withPartsApart} takes them. A block named like
     * the article's best block, scoring at least {@link #OPENING_PART_SHARE} of it, lying before the article and
     * outside it with no headline between them, comes in as the article's first block. Only before: a short block
     * named like the body after it is more often a teaser of the next story than the rest of this one.
     */
    private static List<Element> withOpeningPart(List<Element> blocks, Element top, List<Element> ranked,
            Map<Element, Double> scores, TextStats stats) {
        Element best = bestHeldBy(top, ranked);
        if (best == null || best.className().isEmpty()) {
            return blocks;
        }
        String kind = best.className();
        double floor = scores.get(best) * OPENING_PART_SHARE;
        Element opening = null;
        for (Element other : ranked) {
            if (other != best && sameKind(kind, other.className()) && scores.get(other) >= floor
                    && scores.get(other) < scores.get(best) * SAME_KIND_SHARE) {
                opening = other;
                break;
            }
        }
        if (opening == null) {
            return blocks;
        }
        for (Element block : blocks) {
            if (block == opening || isAncestor(block, opening) || isAncestor(opening, block)) {
                return blocks;
            }
        }
        List<Element> order = stats.elements();
        int from = order.indexOf(opening);
        int to = order.indexOf(blocks.get(0));
        if (from < 0 || to < 0 || from > to) {
            return blocks;
        }
        for (int i = from; i < to; i++) {
            if (order.get(i).nameIs("h1")) {
                return blocks;
            }
        }
        List<Element> parts = new ArrayList<>(blocks.size() + 1);
        parts.add(opening);
        parts.addAll(blocks);
        return parts;
    }

    /** The ancestor of {@code element} (or itself) whose parent is {@code body}; null when it lies outside it. */
    private static Element outermostBelow(Element element, Element body) {
        for (Element up = element; up != null; up = up.parent()) {
            if (up.parent() == body) {
                return up;
            }
        }
        return null;
    }

    /**
     * The same class names, or the same followed by more: page builders append a name of the block's own to some
     * blocks of a kind ("text-column custom_1671"), for the style given to that one block.
     */
    private static boolean sameKind(String kind, String other) {
        String shorter = kind.length() <= other.length() ? kind : other;
        String longer = shorter == kind ? other : kind;
        return longer.startsWith(shorter)
                && (longer.length() == shorter.length() || longer.charAt(shorter.length()) == ' ');
    }

    /**
     * The {@code count} best-scoring blocks, best first, listed as a stable sort of all of them by falling score would
     * list them (equal scores in the map's order, which is page order). Only these few are ever looked at, and
     * sorting the hundreds of scored blocks of a page cost more than the rest of the choice.
     */
    private static List<Element> best(Map<Element, Double> scores, int count) {
        Element[] best = new Element[count];
        double[] bestScores = new double[count];
        int size = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue();
            // After every kept block that scores as well or better: a later block never passes an equal one.
            int at = size;
            while (at > 0 && Double.compare(bestScores[at - 1], score) < 0) {
                at--;
            }
            if (at == count) {
                continue;
            }
            int last = Math.min(size, count - 1);
            System.arraycopy(best, at, best, at + 1, last - at);
            System.arraycopy(bestScores, at, bestScores, at + 1, last - at);
            best[at] = entry.getKey();
            bestScores[at] = score;
            size = Math.min(size + 1, count);
        }
        return Arrays.asList(best).subList(0, size);
    }

    /**
     * The standfirst that sits just before the article's block, outside it: the nearest preceding block within a few
     * levels of the article whose name says lead, intro, summary or teaser, with a sentence or two of text and few
     * links. Sites often put it in the page's header with the headline, apart from the body. Where no name marks it,
     * the page's meta description often repeats it: a block that holds the description's opening is the standfirst,
     * when the article does not open with the description itself.
     */
    private static Element standfirst(Element top, Element body, TextStats stats, PageDescription description) {
        // Ancestors come before their blocks in page order, so the nearest blocks before the article are found by
        // stepping back from it through the page's elements, up to the outermost ancestor in reach. An ancestor that
        // opens with the article (its first element is the next ancestor down, or the article) holds nothing before
        // it and counts as no level: layouts wrap the body in several such blocks, and the standfirst sits outside
        // them all, beside the headline.
        List<Element> order = stats.elements();
        int at = order.indexOf(top);
        Element[] reach = new Element[STANDFIRST_LEVELS + STANDFIRST_OPENING_ANCESTORS];
        int count = 0;
        int levels = 0;
        for (Element up = top.parent(); levels < STANDFIRST_LEVELS && count < reach.length && up != null
                && up != body; up = up.parent()) {
            reach[count++] = up;
            if (at < count || order.get(at - count) != up) {
                levels++;
            }
        }
        if (count == 0) {
            return null;
        }
        int looked = 0;
        for (int i = at - 1; i >= 0 && looked < STANDFIRST_LOOK_BACK; i--) {
            Element element = order.get(i);
            if (element == reach[count - 1]) {
                break;
            }
            if (isOneOf(element, reach, count)) {
                continue;
            }
            looked++;
            if (!STANDFIRST_TAGS.contains(element.normalName())) {
                continue;
            }
            int chars = stats.chars(element);
            boolean fits = chars >= MIN_STANDFIRST_CHARS && chars <= MAX_STANDFIRST_CHARS
                    && stats.linkDensity(element) < 0.2;
            if (element.attributesSize() > 0 && ClassHints.lead(element) && !ClassHints.header(element)) {
                // Words inside a link are a teaser of another page (a menu's or a column's card), however few of
                // the block's own words are linked.
                return fits && !insideLink(element, reach[count - 1]) ? element : null;
            }
            if (fits && description.openedIn(element)) {
                // Unless the article opens with it too: then the block before is a teaser of it, cut short.
                return description.openedIn(top) ? null : element;
            }
        }
        return null;
    }

    /**
     * The smallest block of the article, before its clean-up, that holds the opening of the page's description and
     * has a standfirst's length and few links; the first such block in page order, null when there is none.
     */
    private static Element describedBlock(Element article, TextStats stats, PageDescription description) {
        if (description.isEmpty()) {
            return null;
        }
        Element found = null;
        for (Element element : Walk.elements(article)) {
            if (found != null && !isAncestor(found, element)) {
                break;
            }
            if (element == article || !STANDFIRST_TAGS.contains(element.normalName())) {
                continue;
            }
            int chars = stats.chars(element);
            if (chars >= MIN_STANDFIRST_CHARS && chars <= MAX_STANDFIRST_CHARS && stats.linkDensity(element) < 0.2
                    && description.openedIn(element)) {
                found = element;
            }
        }
        return found;
    }

    /** Whether {@code element} lies inside a link, looking up no further than {@code outer}. */
    private static boolean insideLink(Element element, Element outer) {
        for (Element up = element.parent(); up != null && up != outer; up = up.parent()) {
            if (up.nameIs("a")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneOf(Element element, Element[] elements, int count) {
        for (int i = 0; i < count; i++) {
            if (elements[i] == element) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The blocks that make the article, in page order: the best block and those of its siblings that score near it
     * (more easily when named like it) or are paragraphs of prose.
     */
    private static List<Element> articleBlocks(Document doc, Element top, Map<Element, Double> scores,
            TextStats stats) {
        Element parent = top.parent();
        if (parent == null || top == doc.body()) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                chosen.add(sibling);
            } else if (sibling.nameIs("p")) {
                int chars = stats.chars(sibling);
                double links = stats.linkDensity(sibling);
                String text = sibling.text();
                if ((chars > 80 && links < 0.25)
                        || (chars > 0 && chars <= 80 && links == 0 && SENTENCE_END.matcher(text).find())) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    /**
     * Clears the chosen article of blocks that score or look like boilerplate.
     *
     * @param recipe whether the page marks a recipe's ingredients, which stay
     */
    private static void clean(Element article, Map<Element, Double> scores, Pass pass, String host,
            TextStats stats, PageEdits edits, boolean recipe) {
        // One list and one set of figures serve every step below: the page's figures, which still hold for every
        // block the article took from the page, plus the article's own. A step that removes a block first detaches
        // its figures, so what later steps read stays true, and acting on a block that already left with an
        // ancestor changes nothing.
        List<Element> all = Walk.elements(article);
        stats.adopt(article);
        if (wrapLooseCellText(all, stats, edits)) {
            all = Walk.elements(article);
        }
        // Share bars and social widgets; a long block that merely mentions "social" in its class stays.
        for (Element element : all) {
            if (element != article && element.parent() != null && ClassHints.share(element)
                    && element.text().length() < 500 && !embeddedPost(element)) {
                remove(element, stats, edits);
            }
        }
        removeTeasers(article, all, host, stats, edits);
        removeLooseCaptions(all, stats, edits);
        for (Element element : all) {
            if (element.nameIs("h1") || element.nameIs("figcaption") || element.nameIs("figure")) {
                remove(element, stats, edits);
            }
        }
        removeShortNamed(article, all, stats, edits);
        for (Element heading : all) {
            if ((heading.nameIs("h2") || heading.nameIs("h3"))
                    && ((pass.weighClasses() && ClassHints.weight(heading) < 0) || stats.linkDensity(heading) > 0.33)) {
                remove(heading, stats, edits);
            }
        }
        Set<Element> ingredients = recipe ? ingredientLines(article, all, stats) : Set.of();
        if (pass.cleanConditionally()) {
            cleanConditionally(article, all, scores, pass, stats, edits, ingredients);
        }
        removeLinkParagraphs(all, host, stats, edits, ingredients);
        removeTeaserLists(article, all, host, stats, edits);
        removeOrphanHeadings(article, host, stats, edits);
        removeClosingAppeal(article, all, stats, edits);
        removeLinkedQuestions(article, all, host, stats, edits);
    }

    /**
     * The article's last paragraph, when it opens with a question to the reader and links somewhere ("Enjoying our
     * magazine? <a>Support us</a>", "Want our weekly picks? Try <a>the newsletter</a>"): the site's appeal to
     * follow, join or read on, in any language. A longer closing paragraph, or one that is most of a short post,
     * stays.
     */
    private static void removeClosingAppeal(Element article, List<Element> all, TextStats stats, PageEdits edits) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Element paragraph = all.get(i);
            if (!paragraph.nameIs("p") || blank(paragraph, stats) || !isAncestor(article, paragraph)) {
                continue;
            }
            int chars = stats.chars(paragraph);
            if (chars <= MAX_APPEAL_CHARS && chars * 3 < stats.chars(article) && stats.linkDensity(paragraph) > 0
                    && endsArticle(paragraph, article, stats) && holdsQuestionMark(paragraph)
                    && opensWithQuestion(paragraph.text())) {
                remove(paragraph, stats, edits);
            }
            return;
        }
    }

    /**
     * A short paragraph anywhere in the article that asks the reader a question and ends on a link to the site's own
     * page: a prompt to sign up or log in, set among the paragraphs ("Want our weekly picks? Try <a>the
     * newsletter</a>!", "Already a subscriber? <a>Log in</a>"). A question whose link leads to another site (a
     * source, "... It's Complicated [<a>Bloomberg</a>]"), one whose words go on after the link, or one that is
     * itself the link (a headline) stays. A longer one goes only when its question stands in bold, as a label: a
     * site's appeal for support, a few sentences that end on the link to its page ("<b>Liked this article?</b> Then
     * ... <a>Become a supporter!</a>").
     */
    private static void removeLinkedQuestions(Element article, List<Element> all, String host, TextStats stats,
            PageEdits edits) {
        for (Element paragraph : all) {
            // The tag first: the figures are a look-up each, and most elements of the article are no paragraph.
            if (!paragraph.nameIs("p")) {
                continue;
            }
            int chars = stats.chars(paragraph);
            if (chars > MAX_LABELLED_PROMPT_CHARS || stats.linkDensity(paragraph) == 0 || blank(paragraph, stats)
                    || chars * 3 >= stats.chars(article) || paragraph.parent() == null
                    || !isAncestor(article, paragraph)) {
                continue;
            }
            if (!holdsQuestionMark(paragraph)) {
                continue;
            }
            String text = paragraph.text().strip();
            if (!opensWithQuestion(text) || (chars > MAX_PROMPT_CHARS && !opensWithBoldQuestion(paragraph))) {
                continue;
            }
            Element last = null;
            for (Element link : paragraph.select(LINKS)) {
                last = link;
            }
            String linkText = last == null ? "" : last.text().strip();
            int at = linkText.isEmpty() ? -1 : text.lastIndexOf(linkText);
            if (at > text.indexOf('?') && Links.sameSite(last.attr("href"), host)
                    && PUNCTUATION_ONLY.matcher(text.substring(at + linkText.length())).matches()) {
                remove(paragraph, stats, edits);
            }
        }
    }

    /** Whether the paragraph's first words stand in bold and hold its opening question ("<b>Liked it?</b> ..."). */
    private static boolean opensWithBoldQuestion(Element paragraph) {
        for (Node child : paragraph.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            return child instanceof Element first && (first.nameIs("strong") || first.nameIs("b"))
                    && first.text().indexOf('?') > 0;
        }
        return false;
    }

    /**
     * Whether a text node under {@code element} holds a question mark: without one its text opens with no question
     * (see {@link #opensWithQuestion}), and most paragraphs are answered so without building their text.
     */
    private static boolean holdsQuestionMark(Element element) {
        boolean[] found = new boolean[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text && text.getWholeText().indexOf('?') >= 0) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, element);
        return found[0];
    }

    private static boolean opensWithQuestion(String text) {
        int question = text.indexOf('?');
        int stop = text.indexOf('.');
        return question > 0 && (stop < 0 || question < stop);
    }

    /**
     * A box inside the article that sells another page of the site (named "teaser": that page's title, a line of it,
     * a link there) goes, as a list of such links would. A standfirst named the same way links nowhere and stays.
     * So does such a box by any other name, when all its links lead to that one page (see {@link #teaserCard}).
     */
    private static void removeTeasers(Element article, List<Element> all, String host, TextStats stats,
            PageEdits edits) {
        for (Element element : all) {
            // Never most of the article: on a page of teasers the one the reader came for is the text.
            if (element != article && element.parent() != null && element.attributesSize() > 0
                    && stats.chars(element) <= MAX_TEASER_CHARS && stats.chars(element) * 2 < stats.chars(article)
                    && (ClassHints.teaser(element) ? linksToAnotherPage(element, host)
                    : teaserCard(element, host, stats))) {
                remove(element, stats, edits);
            }
        }
    }

    /**
     * A box that links to one other page of the site from several places (its picture, its title, a "read more"),
     * around a line or two about that page: a card selling it, however it is named. Prose that cites a page links
     * to it once.
     */
    private static boolean teaserCard(Element box, String host, TextStats stats) {
        // Its title is a link with words: a box without link text is not walked for its links.
        if (!CARD_TAGS.contains(box.normalName()) || stats.linkDensity(box) == 0) {
            return false;
        }
        String target = null;
        int links = 0;
        for (Element link : box.select(LINKS)) {
            String href = link.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || !(target == null || target.equals(href))) {
                return false;
            }
            target = href;
            links++;
        }
        return links >= 2 && Links.sameSite(target, host);
    }

    private static boolean linksToAnotherPage(Element element, String host) {
        for (Element link : element.select(LINKS)) {
            String href = link.attr("href").strip();
            if (!href.isEmpty() && !href.startsWith("#") && Links.sameSite(href, host)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list that ends the article and whose every item links to another page of the site, with a few words around
     * each link ("More stories", "Related"): teasers for other articles, even when their words outnumber the links.
     * Within the article such a list (people, each linked to a profile) is part of the text.
     */
    private static void removeTeaserLists(Element article, List<Element> all, String host, TextStats stats,
            PageEdits edits) {
        for (Element list : all) {
            if (!(list.nameIs("ul") || list.nameIs("ol")) || list.parent() == null
                    || Walk.childCount(list) < MIN_TEASERS || !endsArticle(list, article, stats)) {
                continue;
            }
            boolean teasers = true;
            for (Element item : list.children()) {
                if (!item.nameIs("li") || stats.linkDensity(item) < TEASER_LINK_SHARE
                        || !mostlyInternal(item, host)) {
                    teasers = false;
                    break;
                }
            }
            if (teasers) {
                remove(list, stats, edits);
            }
        }
    }

    /** Whether no text follows the element in the article. */
    private static boolean endsArticle(Element element, Element article, TextStats stats) {
        for (Element at = element; at != null && at != article; at = at.parent()) {
            for (Element next = at.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (!blank(next, stats)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a block holds no text a reader sees: none at all, or only spaces. Editors leave empty paragraphs
     * ({@code <p>&nbsp;</p>}) between and after the paragraphs of a post, and the figures count a run of spaces as
     * one character, as a reader sees it.
     */
    private static boolean blank(Element element, TextStats stats) {
        int chars = stats.chars(element);
        return chars == 0 || (chars == 1 && isBlank(element.text()));
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Spaces.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A heading or a bold label line ("Read more:", "Related articles") whose section, up to the next heading, holds
     * no text but links (or nothing, once the clean-up above took its list away) introduces other pages, not a part
     * of this one: it goes, with those links.
     */
    private static void removeOrphanHeadings(Element article, String host, TextStats stats, PageEdits edits) {
        List<Section> sections = new ArrayList<>();
        List<Section> open = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            /** The heading the walk is inside, whose own text is not its section's. */
            private Element heading;
            private int inLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    int level = heading == null ? headingLevel(element, stats) : 0;
                    if (level > 0) {
                        heading = element;
                        // A heading ends the sections of its level and below; a subsection is part of its parent
                        // heading's section too, so the parent is no orphan while the subsection has text.
                        open.removeIf(section -> section.level >= level && section.end());
                        Section section = new Section(element, level);
                        sections.add(section);
                        open.add(section);
                    } else if (heading == null) {
                        if (element.nameIs("a")) {
                            inLink++;
                        }
                        for (Section section : open) {
                            section.see(element, inLink > 0, host);
                        }
                    }
                } else if (node instanceof TextNode text && heading == null && inLink == 0 && !open.isEmpty()
                        && hasLetter(text.getWholeText()) && !furnitureLine(text)) {
                    // Text under every open heading: none of them is an orphan, so none needs watching further.
                    for (Section section : open) {
                        section.prose = true;
                    }
                    open.clear();
                }
            }

            /** The paragraph last judged by {@link #furnitureLine}, and whether it is furniture. */
            private Element judged;
            private boolean furniture;

            /**
             * Whether the text sits in a paragraph that the line filter will drop ("Dieser Artikel kann Links zu
             * Anbietern enthalten, ...", a credit, a share label): such a paragraph is no text of the section, and a
             * heading over nothing else would be left standing alone once the filter has run.
             */
            private boolean furnitureLine(TextNode text) {
                Element paragraph = text.parent();
                while (paragraph != null && paragraph != article && !PARAGRAPH_LIKE.contains(paragraph.normalName())) {
                    paragraph = paragraph.parent();
                }
                if (paragraph == null || paragraph == article) {
                    return false;
                }
                if (paragraph != judged) {
                    judged = paragraph;
                    furniture = stats.chars(paragraph) <= FURNITURE_LINE_CHARS
                            && BoilerplateLines.drops(paragraph.text(), false);
                }
                return furniture;
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == heading) {
                    heading = null;
                } else if (heading == null && node instanceof Element element && element.nameIs("a")) {
                    inLink--;
                }
            }
        }, article);
        for (Section section : sections) {
            if (section.orphan()) {
                remove(section.heading, stats, edits);
                for (Element link : section.links) {
                    remove(link, stats, edits);
                }
            }
        }
    }

    /** A heading and what follows it up to the next heading of its level or above. */
    private static final class Section {
        private final Element heading;
        private final int level;
        private final List<Element> links = new ArrayList<>();
        private boolean prose;
        private boolean media;
        private boolean elsewhere;
        private boolean ended;

        Section(Element heading, int level) {
            this.heading = heading;
            this.level = level;
        }

        /** Always true, so that it can end a section inside a removeIf. */
        boolean end() {
            ended = true;
            return true;
        }

        void see(Element element, boolean inLink, String host) {
            if (element.nameIs("a")) {
                links.add(element);
                elsewhere |= element.hasAttr("href") && !Links.sameSite(element.attr("href"), host);
            } else if (!inLink && MEDIA_TAGS.contains(element.normalName())) {
                media = true;
            }
        }

        /**
         * Nothing but links to the same site, or nothing at all: a heading over other pages, or one whose section
         * the clean-up emptied. Links to other sites are kept, as elsewhere (an article lists its sources). A bold
         * label goes only when it introduces links or ends the article: interviews set their questions in bold.
         */
        boolean orphan() {
            return !prose && !media && !elsewhere && (level < LABEL_LEVEL || !links.isEmpty() || !ended);
        }
    }

    /**
     * 2 to 6 for headings {@code <h2>} to {@code <h6>}, 7 for a short paragraph that is nothing but bold text (a label
     * sites use in place of a heading), 0 for anything else.
     */
    private static int headingLevel(Element element, TextStats stats) {
        String name = element.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6') {
            // A long heading, or one that ends a sentence, is text set large, not a section's title.
            return stats.chars(element) > MAX_HEADING_CHARS || element.text().endsWith(".") ? 0 : name.charAt(1) - '0';
        }
        if (!element.nameIs("p") || Walk.childCount(element) != 1) {
            return 0;
        }
        int chars = stats.chars(element);
        Element only = element.firstElementChild();
        if (chars == 0 || chars > MAX_LABEL_CHARS || !(only.nameIs("strong") || only.nameIs("b"))
                || stats.chars(only) != chars) {
            return 0;
        }
        // A sentence in bold ends with a full stop; a label does not.
        return element.text().endsWith(".") ? 0 : LABEL_LEVEL;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void remove(Element element, TextStats stats, PageEdits edits) {
        if (element.parent() != null) {
            stats.detach(element);
            edits.remove(element);
        }
    }

    /**
     * A caption set as a plain paragraph under its picture: a short line, all of it in italics (or the picture's
     * own description, repeated), right after a block that holds the picture and no text.
     */
    private static void removeLooseCaptions(List<Element> all, TextStats stats, PageEdits edits) {
        for (Element paragraph : all) {
            if (!paragraph.nameIs("p") || paragraph.parent() == null) {
                continue;
            }
            int chars = stats.chars(paragraph);
            if (chars == 0 || chars > MAX_CAPTION_CHARS) {
                continue;
            }
            Element before = paragraph.previousElementSibling();
            if (before == null || stats.images(before) == 0 || stats.chars(before) > 0) {
                continue;
            }
            if (allEmphasised(paragraph, chars, stats) || describesPicture(before, paragraph.text())) {
                remove(paragraph, stats, edits);
            }
        }
    }

    private static boolean allEmphasised(Element paragraph, int chars, TextStats stats) {
        if (Walk.childCount(paragraph) != 1) {
            return false;
        }
        Element only = paragraph.firstElementChild();
        return (only.nameIs("em") || only.nameIs("i") || only.nameIs("small")) && stats.chars(only) == chars;
    }

    private static boolean describesPicture(Element block, String text) {
        for (Element image : block.getElementsByTag("img")) {
            if (image.attr("alt").strip().equalsIgnoreCase(text.strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Captions, credits, bylines and date lines: short blocks whose names or contents say what they are. A caption
     * that holds nearly all of the article's text stays: on a slideshow's page the caption of the picture shown is
     * the only text there is, and the article came out empty without it.
     */
    private static void removeShortNamed(Element article, List<Element> all, TextStats stats, PageEdits edits) {
        List<Element> doomed = new ArrayList<>();
        List<Element> times = new ArrayList<>();
        int articleChars = stats.chars(article);
        for (Element element : all) {
            if (element.nameIs("time")) {
                times.add(element);
            }
            if (element == article) {
                continue;
            }
            int chars = stats.chars(element);
            if ((ClassHints.caption(element) && chars < 500 && chars < WHOLE_ARTICLE_SHARE * articleChars)
                    || (chars < MAX_APPENDIX_CHARS && ClassHints.appendix(element))
                    // A byline block often sets the authors (and their paper) and the date on lines of their own.
                    || (ClassHints.byline(element) && chars < 150 && stats.paragraphs(element) <= MAX_BYLINE_LINES)
                    || (ClassHints.media(element) && chars < 300 && stats.paragraphs(element) <= 1
                            && !holdsStandfirst(element))) {
                doomed.add(element);
            }
        }
        // A short block around a <time> is a date line; take the largest such block, climbing from the time.
        for (Element time : times) {
            Element line = null;
            for (Element up = time.parent(); up != null && up != article && stats.chars(up) < 100; up = up.parent()) {
                if (BLOCKS.contains(up.normalName())) {
                    line = up;
                }
            }
            if (line != null) {
                doomed.add(line);
            }
        }
        for (Element element : doomed) {
            remove(element, stats, edits);
        }
    }

    /**
     * A block named like a picture box ("slider", "gallery": often only the hook of a script that shows or hides it)
     * around a paragraph named as the standfirst ("introduction", "lead") is the standfirst, not a caption.
     */
    private static boolean holdsStandfirst(Element block) {
        for (Element element : block.getAllElements()) {
            if (element.attributesSize() > 0 && ClassHints.lead(element) && !ClassHints.media(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph that is mostly links to the same site is a pointer to its other pages ("Read more: ..."), not
     * part of this one. Links to other sites are kept: an article cites its sources and shops that way.
     */
    private static void removeLinkParagraphs(List<Element> all, String host, TextStats stats, PageEdits edits,
            Set<Element> kept) {
        for (Element element : all) {
            if (!kept.isEmpty() && kept.contains(element)) {
                continue;
            }
            if ((LINK_PARAGRAPHS.contains(element.normalName()) && element.parent() != null
                    && stats.linkDensity(element) > 0.5 && mostlyInternal(element, host)
                    && !(removeCards(element, stats, edits) && stats.linkDensity(element) <= 0.5)
                    && !sentenceAroundNames(element, stats))
                    || pointer(element, host, stats)) {
                remove(element, stats, edits);
            }
        }
    }

    /**
     * A sentence whose links are names (a person, a show, a place, each linked to the site's page about it): "<a>Dana
     * Ives</a> has left <a>the Termez Times</a>." Its links may outweigh the rest of its words, but it is text, unlike
     * a pointer, whose link is a headline ("Read more: <a>New cranes arrive at the port of Termez</a>").
     */
    private static boolean sentenceAroundNames(Element paragraph, TextStats stats) {
        if (!paragraph.nameIs("p")
                || stats.chars(paragraph) * (1 - stats.linkDensity(paragraph)) < MIN_SENTENCE_WORDS_CHARS) {
            return false;
        }
        String text = paragraph.text();
        int end = text.length() - 1;
        while (end >= 0 && "\"'”’»)".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        if (end < 0 || ".!?".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        for (Element link : paragraph.select(LINKS)) {
            if (link.text().length() > MAX_NAME_CHARS) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short paragraph set wholly in italics or bold around a link to another page of the site ("<em>Also on the
     * port: <a>New cranes for Termez</a></em>"): the site pointing to another of its articles, label and all.
     */
    private static boolean pointer(Element paragraph, String host, TextStats stats) {
        if (!paragraph.nameIs("p") || paragraph.parent() == null || Walk.childCount(paragraph) != 1) {
            return false;
        }
        int chars = stats.chars(paragraph);
        Element only = paragraph.firstElementChild();
        return chars > 0 && chars <= MAX_POINTER_CHARS && stats.chars(only) == chars
                && (only.nameIs("em") || only.nameIs("i") || only.nameIs("strong") || only.nameIs("b"))
                && stats.linkDensity(paragraph) >= POINTER_LINK_SHARE && linksToAnotherPage(only, host)
                && mostlyInternal(paragraph, host);
    }

    /**
     * Removes the pop-up cards a paragraph carries inside its links (a person's picture and latest articles, shown
     * on hover): the nearest inline element around a picture that holds several links. Their links make a paragraph
     * of prose look like a list of links. Whether any was found.
     */
    private static boolean removeCards(Element paragraph, TextStats stats, PageEdits edits) {
        boolean found = false;
        for (Element image : paragraph.getElementsByTag("img")) {
            for (Element up = image.parent(); up != null && up != paragraph; up = up.parent()) {
                if (up.nameIs("span") && up.getElementsByTag("a").size() >= MIN_CARD_LINKS) {
                    remove(up, stats, edits);
                    found = true;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean mostlyInternal(Element element, String host) {
        int internal = 0;
        int external = 0;
        for (Element link : element.select(LINKS)) {
            int chars = link.text().length();
            if (Links.sameSite(link.attr("href"), host)) {
                internal += chars;
            } else {
                external += chars;
            }
        }
        return internal >= external;
    }

    private static void cleanConditionally(Element article, List<Element> all, Map<Element, Double> scores, Pass pass,
            TextStats stats, PageEdits edits, Set<Element> kept) {
        // Backwards through document order: every block is judged after the blocks inside it, and before any
        // block that holds it, so nothing this step removes has already left the tree with an ancestor.
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            if (element != article && CONDITIONAL.contains(element.normalName())
                    && (kept.isEmpty() || !kept.contains(element)) && shouldDrop(element, scores, stats, pass)
                    && !embeddedPost(element) && !proseAroundLinkList(element, stats)) {
                remove(element, stats, edits);
            }
        }
    }

    /**
     * A section of the article whose links are a list of their own (a table of contents set as one paragraph, jumps
     * to the sections in a {@code <ul>}, "read also" and three headlines), beside paragraphs of prose: the list's
     * links made the section look like a box of links, and it went whole, prose and all. Without the list it reads
     * as text; the list goes on its own later with the other paragraphs and items that are mostly links.
     */
    private static boolean proseAroundLinkList(Element element, TextStats stats) {
        int listChars = 0;
        double listLinks = 0;
        int listItems = 0;
        boolean prose = false;
        // Through the wrappers of a layout's columns ("row", then "columns"), each around the next alone.
        Element inside = element;
        while (Walk.childCount(inside) == 1) {
            inside = inside.firstElementChild();
        }
        for (Element child : inside.children()) {
            boolean list = child.nameIs("ul") || child.nameIs("ol");
            if (!child.nameIs("p") && !list) {
                continue;
            }
            int chars = stats.chars(child);
            double links = stats.linkDensity(child);
            if (links > 0.5) {
                listChars += chars;
                listLinks += chars * links;
                listItems += child.getElementsByTag("a").size();
            } else if (!list && chars >= MIN_PROSE_CHARS && links < 0.25) {
                prose = true;
            }
        }
        int rest = stats.chars(element) - listChars;
        return prose && listItems >= MIN_LIST_LINKS && rest >= MIN_PROSE_CHARS
                && stats.chars(element) * stats.linkDensity(element) - listLinks <= 0.2 * rest;
    }

    /**
     * A block that holds nothing but a subheading: page builders wrap each heading in a block of its own, and the
     * heading is part of the article like the text under it.
     */
    private static boolean wrapsHeading(Element element, int contentChars, TextStats stats) {
        if (contentChars == 0) {
            return false;
        }
        Element inside = element;
        while (Walk.childCount(inside) == 1) {
            inside = inside.firstElementChild();
            String name = inside.normalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6') {
                return stats.chars(inside) == contentChars;
            }
        }
        return false;
    }

    /**
     * A list of three items or more, with a paragraph's worth of words besides its links, scored below nothing only
     * for its tag: a list is scored when it holds a paragraph (a caption or a paragraph the page set among its
     * items), and a list's tag starts it below nothing, as a list is seldom the article. That start is for the
     * ranking; in the clean-up such a list (a round-up of posts, each linked and quoted) is judged like any list
     * without a paragraph in it, by its links and items, not dropped for its score. A short box (an app's promotion
     * set as a list around a paragraph) still goes.
     */
    private static boolean listScoredBelowNothingForItsTag(Element element, double score, TextStats stats) {
        double words = 1 - stats.linkDensity(element);
        return (element.nameIs("ul") || element.nameIs("ol")) && stats.items(element) >= MIN_LIST_LINKS
                && stats.chars(element) * words >= MIN_PROSE_CHARS && score - LIST_START_SCORE * words >= 0;
    }

    /** A table of links with no more than a line of other text: a layout's menu or list of other stories. */
    private static boolean linkTable(Element table, TextStats stats) {
        double links = stats.linkDensity(table);
        return links > 0.5 && stats.chars(table) * (1 - links) < MIN_PROSE_CHARS;
    }

    private static boolean shouldDrop(Element element, Map<Element, Double> scores, TextStats stats, Pass pass) {
        if (element.nameIs("table") && insideTableOrCode(element) && !linkTable(element, stats)) {
            return false;
        }
        int weight = pass.weighClasses() ? ClassHints.weight(element) : 0;
        double score = scores.getOrDefault(element, 0.0);
        if (weight + score < 0 && !listScoredBelowNothingForItsTag(element, weight + score, stats)) {
            return true;
        }
        if (stats.commas(element) >= 10) {
            return false;
        }
        int paragraphs = stats.paragraphs(element);
        int images = stats.images(element);
        int items = stats.items(element) - 100;
        int contentChars = stats.chars(element);
        double linkDensity = stats.linkDensity(element);
        boolean list = element.nameIs("ul") || element.nameIs("ol") || stats.listShare(element) > 0.9;
        return (images > 1 && (double) paragraphs / images < 0.5)
                || (!list && items > paragraphs)
                || (!list && contentChars < MIN_PARAGRAPH_CHARS && (images == 0 || images > 2)
                        && !wrapsHeading(element, contentChars, stats))
                || (!list && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5);
    }
}
