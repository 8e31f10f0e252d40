package io.steppewatch.ingester.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What class names, ids and roles say about a block. Sites name their containers after what they hold, so
 * "comment", "share" or "related" predict boilerplate and "article", "content" or "story" predict the text.
 * These are general naming habits, not the markup of any one site.
 */
final class ClassHints {

    /** A table of contents: links to the article's own sections, repeating its headings ("toc", "ez-toc"). */
    private static final String TABLE_OF_CONTENTS =
            "(^|[\\s_-])(ez-)?(?<!no-|skip-)toc([\\s_-]|$)|table-?of-?contents|inhaltsverzeichnis";
    /**
     * "disclaimer": a note under the text that the views are not the site's, that the site answers for no other site,
     * that the text may not be copied, or how a recipe's values are reckoned; not the article's own words.
     */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent"
                    + "|outbrain|taboola|recommend|trending|most-?popular|most-?read|disclaimer|" + TABLE_OF_CONTENTS);
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");
    /**
     * "label-hidden" (a content system's mark on every field of a page, its body too) hides the label alone; page
     * builders wrap every block, text included, in a "widget-wrap" and a "widget-container", unlike sidebar widgets.
     * "media" (readability.js counts it against a block) is not here: content systems and CSS frameworks give that
     * name to a block of text beside a picture, or to any element of a page; picture boxes are judged by MEDIA below.
     */
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|(?<!label-)hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr"
                    + "|masthead|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
                    + "|sponsor|shopping|tags|tool|widget(?!-container|-wrap)|newsletter|subscribe|recirc|trending|popular|" + TABLE_OF_CONTENTS);
    /**
     * A thread of readers' comments or one comment in it, by the names blog engines give them ("comments",
     * "commentlist", "comments-block", "comments_container", "comment-body", "comment-12345"; older engines name each
     * comment "comments-body", with its signature beside it in a "comments-post"). Tighter than the
     * "comment" of UNLIKELY: a forgiving reading keeps what that drops, and "comment" alone also names a site's opinion
     * section, "comments-open" a page that merely allows them.
     */
    private static final Pattern COMMENT_THREAD = Pattern.compile(
            "(^|[\\s_])(comments|comments?[-_]?(list|block|area|container|thread)|comments?[-_]?(body|text)"
                    + "|commentext|comment[-_]\\d+)([-_]\\d+)?(\\s|$)");
    private static final Pattern SHARE = Pattern.compile("share|sharing|social");
    private static final Pattern CAPTION = Pattern.compile("caption|credit");
    private static final Pattern MEDIA = Pattern.compile("image|photo|picture|gallery|slider|carousel|slideshow");
    private static final Pattern BYLINE = Pattern.compile(
            "byline|dateline|timestamp|author|publish|posted|updated|date|post-?meta|entry-?meta|article-?meta"
                    + "|tags|keywords|categor");
    /** The standfirst: the sentence or two under the headline that sum the article up, often outside its body. */
    private static final Pattern LEAD = Pattern.compile(
            "lead(?!erboard)|intro|excerpt|summary|standfirst|sub-?title|subhead|deck|chapo|perex|teaser|abstract"
                    + "|hook");
    private static final Pattern HEADER = Pattern.compile("header");
    /** A box that sells another page: its title, a line of it and a link there ("teaser", "teaser-card"). */
    private static final Pattern TEASER = Pattern.compile("teaser");
    /** Blocks that sites append to a post: the author's bio, the post's filing line, its rating widget. */
    private static final Pattern APPENDIX = Pattern.compile(
            "author-?(info|bio|box|description|details|profile|about)|about-?(the-?)?author|saboxplugin"
                    + "|entry-?(utility|footer)|post-?(footer|ratings?)|postmetadata|star-?rating|article-?rating");
    private static final Pattern BOILERPLATE_ROLE = Pattern.compile(
            "(?i)^(menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search)$");

    private static final int UNLIKELY_BIT = 1;
    private static final int MAYBE_BIT = 1 << 1;
    private static final int POSITIVE_BIT = 1 << 2;
    private static final int NEGATIVE_BIT = 1 << 3;
    private static final int SHARE_BIT = 1 << 4;
    private static final int CAPTION_BIT = 1 << 5;
    private static final int MEDIA_BIT = 1 << 6;
    private static final int BYLINE_BIT = 1 << 7;
    private static final int LEAD_BIT = 1 << 8;
    private static final int HEADER_BIT = 1 << 9;
    private static final int APPENDIX_BIT = 1 << 10;
    /** Set once the late hints (lead, header, appendix, teaser) are worked out: few elements are ever asked them. */
    private static final int LATE_BITS_KNOWN = 1 << 11;
    private static final int TEASER_BIT = 1 << 12;
    /**
     * Set once the early hints (unlikely to byline) are worked out. A name is often asked only the late ones:
     * the blocks inside a dropped page header are asked whether they are its standfirst, and nothing else.
     */
    private static final int EARLY_BITS_KNOWN = 1 << 13;
    private static final int COMMENT_THREAD_BIT = 1 << 14;

    /**
     * What each name says, worked out once per distinct name: a page repeats a few hundred class names over
     * thousands of elements, and the patterns above cost far more than a look-up. Per thread, so the extractor
     * stays lock-free; bounded (see {@link Generations}), so a stream of odd names cannot hold memory.
     */
    private static final int MAX_CACHED_NAMES = 20_000;
    private static final ThreadLocal<Generations> HINTS = ThreadLocal.withInitial(Generations::new);
    /**
     * The same hints, for elements with a class and no id, by the class alone: most named elements have only a
     * class, and looking them up by the attribute's own string (whose hash it keeps) spares building and hashing
     * the joined name on each of the several questions asked about an element.
     */
    private static final ThreadLocal<Generations> CLASS_HINTS = ThreadLocal.withInitial(Generations::new);
    /**
     * The same hints, for elements with an id, by their class and id as the element holds them: looked up in
     * {@link #HINTS}, they need the joined name, which is built and hashed anew for each of the several questions
     * asked about an element, where the attributes' own strings keep their hashes.
     */
    private static final ThreadLocal<RecentPairs> ID_HINTS = ThreadLocal.withInitial(RecentPairs::new);

    /**
     * A thread's matchers for the patterns above, made once and reset for each new name: on pages of many sites most
     * names are new (ids are often a page's own), and making thirteen matchers for each cost about as much as the
     * slowest pattern's search (JFR, 400 pages of the trafilatura and dragnet sets).
     */
    private static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

    private ClassHints() {
    }

    /** The patterns a name is matched against; {@link Matchers} indexes each by its place in this list. */
    static List<Pattern> patterns() {
        return List.of(UNLIKELY, MAYBE, POSITIVE, NEGATIVE, SHARE, CAPTION, MEDIA, BYLINE, COMMENT_THREAD, LEAD, HEADER,
                APPENDIX, TEASER);
    }

    /**
     * One matcher per pattern of {@link ClassHints}, indexed by the constants below; one set per thread. Each index
     * is its pattern's place in {@link #patterns()} (the same object, so {@code indexOf} finds it), so the order is
     * written once.
     */
    private static final class Matchers {
        static final int UNLIKELY = indexOf(ClassHints.UNLIKELY);
        static final int MAYBE = indexOf(ClassHints.MAYBE);
        static final int POSITIVE = indexOf(ClassHints.POSITIVE);
        static final int NEGATIVE = indexOf(ClassHints.NEGATIVE);
        static final int SHARE = indexOf(ClassHints.SHARE);
        static final int CAPTION = indexOf(ClassHints.CAPTION);
        static final int MEDIA = indexOf(ClassHints.MEDIA);
        static final int BYLINE = indexOf(ClassHints.BYLINE);
        static final int COMMENT_THREAD = indexOf(ClassHints.COMMENT_THREAD);
        static final int LEAD = indexOf(ClassHints.LEAD);
        static final int HEADER = indexOf(ClassHints.HEADER);
        static final int APPENDIX = indexOf(ClassHints.APPENDIX);
        static final int TEASER = indexOf(ClassHints.TEASER);

        private static int indexOf(Pattern pattern) {
            int index = patterns().indexOf(pattern);
            if (index < 0) {
                throw new IllegalStateException("a class-hint pattern missing from patterns()");
            }
            return index;
        }

        /**
         * The literal words the matches of each pattern hold, looked for in one pass over a name before any pattern
         * is run: on pages of many sites most names are new, and most hold no word of most patterns.
         */
        private static final LiteralPrefilter PREFILTER = new LiteralPrefilter(patterns().toArray(Pattern[]::new));

        private final Matcher[] matchers =
                patterns().stream().map(pattern -> pattern.matcher("")).toArray(Matcher[]::new);

        /** The patterns, as bits by their index, that may find something in {@code name}; see {@link #finds}. */
        static long candidates(String name) {
            return PREFILTER.candidates(name);
        }

        /**
         * What {@code pattern.matcher(name).find()} answers, for the pattern at {@code index}; {@code candidates} is
         * what {@link #candidates} answered for the name, and a pattern it rules out is not run.
         */
        boolean finds(int index, String name, long candidates) {
            return (candidates & (1L << index)) != 0 && matchers[index].reset(name).find();
        }
    }

    /**
     * Names and their hints, forgotten a generation at a time: when the newest generation is full it becomes the
     * older one and the one before is dropped, and a name found in the older one moves to the newest. Clearing
     * everything when full, as before, forgot every name of a batch slightly larger than the bound before its next
     * use (a round of the 88 benchmark pages uses about 25,000), so every page worked its names out again.
     */
    private static final class Generations {
        /**
         * The names last looked up, one per slot of their hash, in front of the maps: a page repeats its few hundred
         * names over and over, and these small arrays stay in the processor's cache where the maps' tens of thousands
         * of entries do not, so most look-ups cost a few reads rather than several misses of the cache. Enough slots
         * (about 200 KB for each of a thread's two tables) that the names of the pages before stay too: pages of one
         * site share their names, and with 2,048 slots each page's first use of a name missed and went on to the maps.
         */
        private static final int RECENT_SLOTS = 16384;
        private final String[] recentNames = new String[RECENT_SLOTS];
        /**
         * Each recent name's hash, compared before the name itself: a slot held by another name is passed over without
         * reading that name, which is most often out of the processor's cache.
         */
        private final int[] recentHashes = new int[RECENT_SLOTS];
        private final Integer[] recentHints = new Integer[RECENT_SLOTS];
        private Map<String, Integer> newest = new HashMap<>();
        private Map<String, Integer> older = new HashMap<>();

        Integer get(String name) {
            int hash = name.hashCode();
            int slot = slot(hash);
            if (recentHashes[slot] == hash) {
                String recent = recentNames[slot];
                if (recent != null && recent.equals(name)) {
                    return recentHints[slot];
                }
            }
            Integer known = newest.get(name);
            if (known == null) {
                known = older.get(name);
                if (known != null) {
                    put(name, known);
                }
            }
            if (known != null) {
                recentNames[slot] = name;
                recentHashes[slot] = hash;
                recentHints[slot] = known;
            }
            return known;
        }

        void put(String name, int bits) {
            if (newest.size() >= MAX_CACHED_NAMES && !newest.containsKey(name)) {
                older = newest;
                newest = new HashMap<>();
            }
            Integer boxed = bits;
            newest.put(name, boxed);
            int hash = name.hashCode();
            int slot = slot(hash);
            recentNames[slot] = name;
            recentHashes[slot] = hash;
            recentHints[slot] = boxed;
        }

        private static int slot(int hash) {
            return (hash ^ (hash >>> 16)) & (RECENT_SLOTS - 1);
        }
    }

    /**
     * The hints of the class and id pairs last looked up, one pair per slot of their hashes; a pair that lost its slot
     * is looked up by its joined name again. Ids are mostly a page's own, so a small table serves the questions asked
     * about one page's elements.
     */
    private static final class RecentPairs {
        private static final int SLOTS = 4096;
        private final String[] classNames = new String[SLOTS];
        private final String[] ids = new String[SLOTS];
        private final int[] hints = new int[SLOTS];

        /** The hints remembered for the pair; -1 when none are. */
        int get(String className, String id) {
            int slot = slot(className, id);
            String recentId = ids[slot];
            return recentId != null && recentId.equals(id) && classNames[slot].equals(className) ? hints[slot] : -1;
        }

        void put(String className, String id, int bits) {
            int slot = slot(className, id);
            classNames[slot] = className;
            ids[slot] = id;
            hints[slot] = bits;
        }

        private static int slot(String className, String id) {
            int hash = className.hashCode() * 31 + id.hashCode();
            return (hash ^ (hash >>> 16)) & (SLOTS - 1);
        }
    }

    /** The early hints of a name (for {@link #weight}, a class or an id alone). */
    private static int hints(String name) {
        return hints(name, EARLY_BITS_KNOWN);
    }

    /**
     * The hints of a name in the groups {@code wanted} asks for ({@link #EARLY_BITS_KNOWN}, {@link #LATE_BITS_KNOWN}
     * or both), with those of the other group when they are already known: a group is worked out the first time it is
     * asked for, and kept with the name.
     */
    private static int hints(String name, int wanted) {
        Generations cache = HINTS.get();
        Integer known = cache.get(name);
        int bits = known == null ? 0 : known;
        if ((bits & wanted) == wanted) {
            return bits;
        }
        // The patterns are written in lower case and matched case-sensitively against the name in lower case, which
        // answers as their case-insensitive forms did (ASCII letters only, Java's default) at a fraction of the cost:
        // a case-insensitive alternation folds the case of every character it compares at every position.
        String lower = asciiLowerCase(name);
        Matchers matchers = MATCHERS.get();
        long candidates = Matchers.candidates(lower);
        if ((wanted & ~bits & EARLY_BITS_KNOWN) != 0) {
            bits |= EARLY_BITS_KNOWN
                    | (matchers.finds(Matchers.UNLIKELY, lower, candidates) ? UNLIKELY_BIT : 0)
                    | (matchers.finds(Matchers.MAYBE, lower, candidates) ? MAYBE_BIT : 0)
                    | (matchers.finds(Matchers.POSITIVE, lower, candidates) ? POSITIVE_BIT : 0)
                    | (matchers.finds(Matchers.NEGATIVE, lower, candidates) ? NEGATIVE_BIT : 0)
                    | (matchers.finds(Matchers.SHARE, lower, candidates) ? SHARE_BIT : 0)
                    | (matchers.finds(Matchers.CAPTION, lower, candidates) ? CAPTION_BIT : 0)
                    | (matchers.finds(Matchers.MEDIA, lower, candidates) ? MEDIA_BIT : 0)
                    | (matchers.finds(Matchers.BYLINE, lower, candidates) ? BYLINE_BIT : 0)
                    | (lower.contains("comment") && matchers.finds(Matchers.COMMENT_THREAD, lower, candidates)
                    ? COMMENT_THREAD_BIT : 0);
        }
        if ((wanted & ~bits & LATE_BITS_KNOWN) != 0) {
            bits |= LATE_BITS_KNOWN
                    | (matchers.finds(Matchers.LEAD, lower, candidates) ? LEAD_BIT : 0)
                    | (matchers.finds(Matchers.HEADER, lower, candidates) ? HEADER_BIT : 0)
                    | (matchers.finds(Matchers.APPENDIX, lower, candidates) ? APPENDIX_BIT : 0)
                    | (matchers.finds(Matchers.TEASER, lower, candidates) ? TEASER_BIT : 0);
        }
        cache.put(name, bits);
        return bits;
    }

    /**
     * {@code name} with the ASCII letters A to Z in lower case and every other character as it is: the case the
     * patterns' {@code (?i)} folded, and no more (Java's {@code toLowerCase} also folds other letters, some of them
     * to ASCII ones, as the Kelvin sign to "k"). The name itself when it holds no such capital, as most do.
     */
    static String asciiLowerCase(String name) {
        int first = 0;
        while (first < name.length() && !isAsciiCapital(name.charAt(first))) {
            first++;
        }
        if (first == name.length()) {
            return name;
        }
        char[] chars = name.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isAsciiCapital(chars[i])) {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static boolean isAsciiCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * The hints of an element's class and id joined by a space, when it has a class or an id, in the groups
     * {@code wanted} asks for (see {@link #hints(String, int)}); 0 when the names are blank.
     */
    private static int elementHints(Attributes attributes, int wanted) {
        String id = attributes.get("id");
        if (!id.isEmpty()) {
            String className = attributes.get("class").trim();
            RecentPairs byPair = ID_HINTS.get();
            int known = byPair.get(className, id);
            if (known >= 0 && (known & wanted) == wanted) {
                return known;
            }
            String name = className + " " + id;
            if (name.isBlank()) {
                return 0;
            }
            int bits = hints(name, wanted);
            byPair.put(className, id, bits);
            return bits;
        }
        String className = attributes.get("class").trim();
        if (className.isBlank()) {
            return 0;
        }
        Generations byClass = CLASS_HINTS.get();
        Integer known = byClass.get(className);
        if (known != null && (known & wanted) == wanted) {
            return known;
        }
        int bits = hints(className + " ", wanted);
        byClass.put(className, bits);
        return bits;
    }

    /**
     * The hints of an element's class and id in the groups {@code wanted} asks for; 0 when it has neither. The names
     * are read as the parser wrote them (in lower case, see {@link ParsedAttributes}), and an element without
     * attributes is answered before any is looked for.
     */
    private static int hints(Element element, int wanted) {
        if (element.attributesSize() == 0) {
            return 0;
        }
        return elementHints(element.attributes(), wanted);
    }

    /** The hints of an element's class and id that are worked out only when asked for (see {@link #lead}). */
    private static int lateHints(Element element) {
        return hints(element, LATE_BITS_KNOWN);
    }

    /** The hints of an element's class and id that most questions ask (see {@link #unlikely}). */
    private static int hints(Element element) {
        return hints(element, EARLY_BITS_KNOWN);
    }

    static boolean unlikely(Element element) {
        return unlikely(hints(element));
    }

    /**
     * The hints of an element's class and id that most questions ask, for a caller that asks several of them about
     * one element: each question below that takes these bits answers as the one that takes the element, and the names
     * are looked up once. 0 when the element has neither a class nor an id.
     */
    static int early(Element element) {
        return hints(element);
    }

    /** {@link #unlikely(Element)}, of bits that {@link #early} gave. */
    static boolean unlikely(int early) {
        return (early & UNLIKELY_BIT) != 0 && (early & MAYBE_BIT) == 0;
    }

    /** {@link #commentThread(Element)}, of bits that {@link #early} gave. */
    static boolean commentThread(int early) {
        return (early & COMMENT_THREAD_BIT) != 0;
    }

    /** {@link #share(Element)}, of bits that {@link #early} gave. */
    static boolean share(int early) {
        return (early & SHARE_BIT) != 0;
    }

    static boolean boilerplateRole(Element element) {
        String role = ParsedAttributes.get(element, "role");
        return !role.isEmpty() && BOILERPLATE_ROLE.matcher(role).matches();
    }

    static boolean commentThread(Element element) {
        return commentThread(hints(element));
    }

    static boolean share(Element element) {
        return share(hints(element));
    }

    static boolean caption(Element element) {
        return (hints(element) & CAPTION_BIT) != 0;
    }

    static boolean media(Element element) {
        return (hints(element) & MEDIA_BIT) != 0;
    }

    static boolean byline(Element element) {
        return (hints(element) & BYLINE_BIT) != 0;
    }

    static boolean lead(Element element) {
        return (lateHints(element) & LEAD_BIT) != 0;
    }

    static boolean appendix(Element element) {
        return (lateHints(element) & APPENDIX_BIT) != 0;
    }

    static boolean teaser(Element element) {
        return (lateHints(element) & TEASER_BIT) != 0;
    }

    static boolean header(Element element) {
        return (lateHints(element) & HEADER_BIT) != 0;
    }

    /** +25 for each of class and id that reads like content, -25 for each that reads like boilerplate. */
    static int weight(Element element) {
        return weight(element.className()) + weight(element.id());
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int bits = hints(name);
        int weight = 0;
        if ((bits & NEGATIVE_BIT) != 0) {
            weight -= 25;
        }
        if ((bits & POSITIVE_BIT) != 0) {
            weight += 25;
        }
        return weight;
    }
}
