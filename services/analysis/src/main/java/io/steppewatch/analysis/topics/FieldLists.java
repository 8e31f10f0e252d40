package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * Trade named as one field among others in a list of the fields of cooperation or talks: "cooperation in a wide range
 * of areas, such as trade, investment and the economy", "expansion of trade, economic and investment cooperation",
 * "dans les domaines politique, parlementaire, commercial et économique, culturel et humanitaire", "в сферах торговли,
 * инвестиций, энергетики", "савдо-иқтисодий, инвестициявий ва ижтимоий соҳалардаги муносабатлар". Such a list says what
 * the parties talk about or mean to work on, not that goods crossed a border: labels' decision 11 of round 32 names
 * "trade and economic cooperation" among the subjects of talks with investment, joint projects and ventures, as words
 * that do not make a story trade, and decision 7 of round 29 asks for trade itself (turnover, exports, a partner, a
 * trade deal). The lexicon cannot tell the field from the trade, since both are the same word; the list's shape can.
 *
 * <p>A trade match is a field of such a list when it is coordinated with another field (a comma or a conjunction right
 * before or after it) and the run of list words around it, joined by nothing but spaces, commas, hyphens and
 * apostrophes, holds another field word and a head word that names what the fields are of (cooperation, relations,
 * areas, spheres, sectors). Trade with no other field ("cooperation in trade"), and trade named with its own
 * relation ("trade and economic cooperation" alone, a lexicon phrase), are no list. The match then counts as a word of
 * economic cooperation ({@link TopicLexicon#COOPERATION}), as investment does: it adds to a story's trade that speaks of
 * trade itself elsewhere, and makes none alone. Only the few words beside each trade match are read. Words are read
 * from {@code field-lists.tsv}. Immutable and thread-safe.
 */
final class FieldLists {

    /** How many words on either side of a trade match the list is looked for in. */
    static final int WINDOW = 10;
    /** The most words a conjunction of the lists has ("as well as"). */
    static final int CONJUNCTION_WORDS = 3;
    /** The longest first or last word of a conjunction of the lists ("ainsi", "также", "ҳамда"), in characters. */
    static final int SHORT_WORD = 5;
    private static final String RESOURCE = "/io/steppewatch/analysis/topics/field-lists.tsv";

    /**
     * What a word of the list is: a head that names what the fields are of, a field, a conjunction, or a link word that
     * a list holds between them ("such as", "in the", "notamment dans les").
     */
    private enum Role { HEAD, FIELD, CONJUNCTION, LINK }

    private final Map<String, PhraseMatcher<Role>> matchers;

    private FieldLists(Map<String, PhraseMatcher<Role>> matchers) {
        this.matchers = Map.copyOf(matchers);
    }

    static FieldLists defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final FieldLists DEFAULTS = parse(TsvLines.fromResource(FieldLists.class, RESOURCE,
                "field-lists list"));
    }

    static FieldLists parse(List<TsvLines.Line> lines) {
        return new FieldLists(RoleWordLists.parse(lines, Map.of("head", Role.HEAD, "field", Role.FIELD,
                "conjunction", Role.CONJUNCTION, "link", Role.LINK)));
    }

    /**
     * The lexicon's {@code matches} in {@code words}, with every {@link TopicClassifier#TRADE_TOPIC} match (not already
     * of economic cooperation) that is a field of a list of fields marked as a word of economic cooperation; the same
     * list when there is none.
     */
    List<PhraseMatcher.Match<TopicLexicon.Term>> withFieldsAsCooperation(
            List<PhraseMatcher.Match<TopicLexicon.Term>> matches, List<Words.Word> words, CharSequence text,
            String language) {
        PhraseMatcher<Role> matcher = matchers.get(language);
        if (matcher == null) {
            return matches;
        }
        List<PhraseMatcher.Match<TopicLexicon.Term>> marked = null;
        for (int i = 0; i < matches.size(); i++) {
            PhraseMatcher.Match<TopicLexicon.Term> match = matches.get(i);
            TopicLexicon.Term term = match.value();
            if (term.topic().equals(TopicClassifier.TRADE_TOPIC) && !term.cooperation()
                    && term.weight() >= TopicClassifier.SPECIFIC_WEIGHT && inList(matcher, words, text, match)) {
                if (marked == null) {
                    marked = new ArrayList<>(matches);
                }
                marked.set(i, new PhraseMatcher.Match<>(new TopicLexicon.Term(term.topic(), term.weight(), term.text(),
                        true, term.policing(), term.goods(), term.crossing(), term.route(), term.attack()),
                        match.phrase(), match.first(), match.last()));
            }
        }
        return marked == null ? matches : List.copyOf(marked);
    }

    /**
     * Whether the match is coordinated with a neighbour (a comma or a conjunction right before or after it) inside a run
     * of list words that holds another field and a head.
     */
    private static boolean inList(PhraseMatcher<Role> matcher, List<Words.Word> words, CharSequence text,
                                  PhraseMatcher.Match<TopicLexicon.Term> match) {
        int from = Math.max(0, match.first() - WINDOW);
        int to = Math.min(words.size(), match.last() + 1 + WINDOW);
        // a compound the match begins or ends ("trade-economic", "савдо-иқтисодий") is one field of the list
        int first = match.first();
        while (first > from && hyphenated(words, text, first - 1)) {
            first--;
        }
        int last = match.last();
        while (last + 1 < to && hyphenated(words, text, last)) {
            last++;
        }
        // the cheap test first: a comma or a conjunction beside the field, read in the few words around it
        if (!(first > 0 && comma(words, text, first - 1)) && !(last + 1 < words.size() && comma(words, text, last))
                && !conjunctionBeside(matcher, words, first, last)) {
            return false;
        }
        Role[] roles = roles(matcher, words, from, to);
        boolean coordinated = false;
        boolean field = false;
        boolean head = false;
        // before the field, word by word back from it, while the words are joined and have a role
        for (int i = first - 1; i >= from && roles[i - from] != null && joined(words, text, i); i--) {
            Role role = roles[i - from];
            coordinated |= i == first - 1 && (role == Role.CONJUNCTION || comma(words, text, i));
            field |= role == Role.FIELD;
            head |= role == Role.HEAD;
        }
        // after it, word by word on
        for (int i = last + 1; i < to && roles[i - from] != null && joined(words, text, i - 1); i++) {
            Role role = roles[i - from];
            coordinated |= i == last + 1 && (role == Role.CONJUNCTION || comma(words, text, i - 1));
            field |= role == Role.FIELD;
            head |= role == Role.HEAD;
        }
        return coordinated && field && head;
    }

    /**
     * Whether a conjunction (of up to {@link #CONJUNCTION_WORDS} words) ends right before the field or starts right after
     * it.
     */
    private static boolean conjunctionBeside(PhraseMatcher<Role> matcher, List<Words.Word> words, int first, int last) {
        // every conjunction of the lists ends and starts with a short word ("and", "as well as", "а также", "ҳамда")
        if (!(first > 0 && shortWord(words.get(first - 1)))
                && !(last + 1 < words.size() && shortWord(words.get(last + 1)))) {
            return false;
        }
        int from = Math.max(0, first - CONJUNCTION_WORDS);
        int to = Math.min(words.size(), last + 1 + CONJUNCTION_WORDS);
        for (PhraseMatcher.Match<Role> found : matcher.findAll(words.subList(from, to))) {
            if (found.value() == Role.CONJUNCTION
                    && (from + found.last() == first - 1 || from + found.first() == last + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word has at most {@link #SHORT_WORD} characters. */
    private static boolean shortWord(Words.Word word) {
        return word.end() - word.start() <= SHORT_WORD;
    }

    /** Whether only spaces, commas, hyphens and apostrophes stand between word {@code index} and the next. */
    private static boolean joined(List<Words.Word> words, CharSequence text, int index) {
        for (int i = words.get(index).end(); i < words.get(index + 1).start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ',' && c != '-' && c != '\'' && c != '\u2019' && c != '\u2018'
                    && c != '\u2013') {
                return false;
            }
        }
        return true;
    }

    /** Whether a hyphen alone joins word {@code index} and the next, as in a compound. */
    private static boolean hyphenated(List<Words.Word> words, CharSequence text, int index) {
        int end = words.get(index).end();
        return words.get(index + 1).start() == end + 1 && (text.charAt(end) == '-' || text.charAt(end) == '\u2011');
    }

    /** Whether a comma stands between word {@code index} and the next. */
    private static boolean comma(List<Words.Word> words, CharSequence text, int index) {
        for (int i = words.get(index).end(); i < words.get(index + 1).start(); i++) {
            if (text.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }

    /** The role of each word from {@code from} (inclusive) to {@code to} (exclusive), null for a word of none. */
    private static Role[] roles(PhraseMatcher<Role> matcher, List<Words.Word> words, int from, int to) {
        Role[] roles = new Role[Math.max(0, to - from)];
        if (roles.length == 0) {
            return roles;
        }
        for (PhraseMatcher.Match<Role> found : matcher.findAll(words.subList(from, to))) {
            for (int i = found.first(); i <= found.last(); i++) {
                roles[i] = found.value();
            }
        }
        return roles;
    }
}
