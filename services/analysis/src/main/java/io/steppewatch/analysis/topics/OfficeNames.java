package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * Trade words that belong to a government office's name: "the Ministry of Investment, Industry and Trade", "министр
 * инвестиций и внешней торговли", "le ministère des Investissements et du Commerce extérieur", "the Trade Ministry". The
 * name tells who spoke, signed or reported, not that goods crossed a border, and a story of a partner's investment
 * that names such a ministry as its source or signatory was read as trade on the ministry's name alone (labels'
 * decision 11 of round 32: a story whose trade words are a ministry's or a commission's name has no trade topic).
 *
 * <p>A trade match is part of a name when an office word stands before it or after it with only the name's link words
 * between (connectors and the ministry's other fields: investment, industry, economic development), at most
 * {@link #MAX_WORDS_BETWEEN} of them, and nothing but spaces, commas and apostrophes between the words ("According to
 * the ministry, trade rose" holds a comma after the office word, which a name never does; a full stop ends the name).
 * Only the few words beside each trade match are read. Words are read from
 * {@code office-names.tsv}. Immutable and thread-safe.
 */
final class OfficeNames {

    static final int MAX_WORDS_BETWEEN = 5;
    private static final String RESOURCE = "/io/steppewatch/analysis/topics/office-names.tsv";

    /** What a word of the list is: an office, or a word an office's name holds before or after its trade word. */
    private enum Role { OFFICE, LINK }

    private final Map<String, PhraseMatcher<Role>> matchers;

    private OfficeNames(Map<String, PhraseMatcher<Role>> matchers) {
        this.matchers = Map.copyOf(matchers);
    }

    static OfficeNames defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final OfficeNames DEFAULTS = parse(TsvLines.fromResource(OfficeNames.class, RESOURCE,
                "office-names list"));
    }

    static OfficeNames parse(List<TsvLines.Line> lines) {
        return new OfficeNames(RoleWordLists.parse(lines, Map.of("office", Role.OFFICE, "link", Role.LINK)));
    }

    /**
     * The lexicon's {@code matches} in {@code words} without the {@link TopicClassifier#TRADE_TOPIC} matches (not of
     * economic cooperation) that are part of an office's name; the same list when there are none.
     */
    List<PhraseMatcher.Match<TopicLexicon.Term>> withoutOfficeNames(List<PhraseMatcher.Match<TopicLexicon.Term>> matches,
                                                                    List<Words.Word> words, CharSequence text,
                                                                    String language) {
        PhraseMatcher<Role> matcher = matchers.get(language);
        if (matcher == null) {
            return matches;
        }
        List<PhraseMatcher.Match<TopicLexicon.Term>> kept = null;
        for (int i = 0; i < matches.size(); i++) {
            PhraseMatcher.Match<TopicLexicon.Term> match = matches.get(i);
            boolean named = match.value().topic().equals(TopicClassifier.TRADE_TOPIC) && !match.value().cooperation()
                    && inName(matcher, words, text, match);
            if (named && kept == null) {
                kept = new ArrayList<>(matches.subList(0, i));
            } else if (!named && kept != null) {
                kept.add(match);
            }
        }
        return kept == null ? matches : List.copyOf(kept);
    }

    /**
     * Whether the lexicon's {@code match} in {@code words} (the words of {@code text}) is part of an office's name in
     * {@code language}: an office word before or after it with only link words between.
     */
    boolean inOfficeName(List<Words.Word> words, CharSequence text, PhraseMatcher.Match<TopicLexicon.Term> match,
                         String language) {
        PhraseMatcher<Role> matcher = matchers.get(language);
        return matcher != null && inName(matcher, words, text, match);
    }

    /** Whether an office word stands before or after the match with only link words between. */
    private static boolean inName(PhraseMatcher<Role> matcher, List<Words.Word> words, CharSequence text,
                                  PhraseMatcher.Match<TopicLexicon.Term> match) {
        int from = Math.max(0, match.first() - MAX_WORDS_BETWEEN - 1);
        Role[] before = roles(matcher, words, from, match.first());
        for (int i = before.length - 1; i >= 0 && before[i] != null && joined(words, text, from + i); i--) {
            if (before[i] == Role.OFFICE) {
                return !text.subSequence(words.get(from + i).end(), words.get(from + i + 1).start()).toString()
                        .contains(",");
            }
        }
        int to = Math.min(words.size(), match.last() + MAX_WORDS_BETWEEN + 2);
        Role[] after = roles(matcher, words, match.last() + 1, to);
        for (int i = 0; i < after.length && after[i] != null && joined(words, text, match.last() + i); i++) {
            if (after[i] == Role.OFFICE) {
                return !text.subSequence(words.get(match.last() + i).end(), words.get(match.last() + i + 1).start())
                        .toString().contains(",");
            }
        }
        return false;
    }

    /** Whether only spaces, commas and apostrophes stand between word {@code index} and the next. */
    private static boolean joined(List<Words.Word> words, CharSequence text, int index) {
        for (int i = words.get(index).end(); i < words.get(index + 1).start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ',' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return true;
    }

    /** The role of each word from {@code from} (inclusive) to {@code to} (exclusive), null for a word of neither. */
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
