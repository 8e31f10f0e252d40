package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * A headline about a border opened or closed to traffic: a word of a border and a word of its opening, reopening or
 * closing at most {@link #MAX_WORDS_BETWEEN} words apart, in either order ("Kyrgyz-Uzbek border re-opens", "China
 * temporarily closes its common border", "госграница временно закрывается"). The labels' written rule "A border
 * crossing's working and traffic: corridors" (LABEL-FIXES, 2026-12-04) gives corridors to an article whose headline is
 * about a crossing's opening, closing or reopening; a writer who means the crossings often says "the border" instead,
 * which the lexicon's crossing terms ("border crossing", "checkpoint", "пункт пропуска") do not hold, and the body of
 * such a story tells of the treaty, the troops or the queue behind it.
 *
 * <p>The pair found is one match of a corridors {@link #TERM} of the weight of the lexicon's crossing terms, marked
 * {@link TopicLexicon#CROSSING}, so that the classifier treats it as the headline's crossing. Nothing is added when the
 * headline already names a crossing (the lexicon's term counts it), or names a sanctions measure ("closed borders for
 * parallel imports" is the sanctions story the rule leaves to its goods). Read only for headlines: cheap. Words are
 * read from {@code border-openings.tsv}. Immutable and thread-safe.
 */
final class BorderOpenings {

    static final int MAX_WORDS_BETWEEN = 6;
    static final double WEIGHT = 3.0;
    static final TopicLexicon.Term TERM = new TopicLexicon.Term(TopicClassifier.PASSING_MENTION_TOPIC, WEIGHT,
            "border opened or closed", false, false, false, true, false, false, false);
    private static final String RESOURCE = "/io/steppewatch/analysis/topics/border-openings.tsv";

    /** What a word of the list says: a border, or its opening or closing. */
    private enum Role { BORDER, OPENING }

    private final Map<String, PhraseMatcher<Role>> matchers;

    private BorderOpenings(Map<String, PhraseMatcher<Role>> matchers) {
        this.matchers = Map.copyOf(matchers);
    }

    static BorderOpenings defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final BorderOpenings DEFAULTS = parse(TsvLines.fromResource(BorderOpenings.class, RESOURCE,
                "border-openings list"));
    }

    static BorderOpenings parse(List<TsvLines.Line> lines) {
        return new BorderOpenings(RoleWordLists.parse(lines, Map.of("border", Role.BORDER, "opening", Role.OPENING)));
    }

    /**
     * The lexicon's {@code matches} in a headline's {@code words}, with one match of {@link #TERM} when the headline
     * tells of a border opened or closed and names neither a crossing nor a sanctions measure; the same list otherwise.
     */
    List<PhraseMatcher.Match<TopicLexicon.Term>> withOpening(List<PhraseMatcher.Match<TopicLexicon.Term>> matches,
                                                             List<Words.Word> words, String language) {
        PhraseMatcher<Role> matcher = matchers.get(language);
        if (matcher == null || namesACrossingOrASanction(matches)) {
            return matches;
        }
        List<PhraseMatcher.Match<Role>> found = matcher.findAll(words);
        for (int i = 0; i + 1 < found.size(); i++) {
            PhraseMatcher.Match<Role> a = found.get(i);
            PhraseMatcher.Match<Role> b = found.get(i + 1);
            if (a.value() != b.value() && b.first() - a.last() - 1 <= MAX_WORDS_BETWEEN) {
                List<PhraseMatcher.Match<TopicLexicon.Term>> all = new ArrayList<>(matches);
                all.add(new PhraseMatcher.Match<>(TERM, TERM.text(), a.first(), b.last()));
                all.sort(Comparator.comparingInt(PhraseMatcher.Match::first));
                return all;
            }
        }
        return matches;
    }

    private static boolean namesACrossingOrASanction(List<PhraseMatcher.Match<TopicLexicon.Term>> matches) {
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (match.value().crossing() || match.value().topic().equals(TopicClassifier.SANCTIONS_TOPIC)) {
                return true;
            }
        }
        return false;
    }
}
