package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * English lexicon words that a kind of page uses in a sense of its own ({@link SportsSenses}, {@link ComputerSenses}):
 * a page is of that kind when at least {@code minPerMille} per mille of its words, and {@code minDistinct} different
 * ones, are words of the kind; there the matches of the kind's senses are dropped and every other term is kept. The
 * page's words are counted only when such a match is found. Immutable and thread-safe.
 */
final class PageSenses {

    private final Set<String> pageWords;
    private final Set<String> senses;
    private final int minPerMille;
    private final int minDistinct;

    /**
     * {@code pageWords}: folded words of the kind; {@code senses}: the lexicon words with the kind's sense, as written
     * (stemmed here as the topic matcher reads them).
     */
    PageSenses(Set<String> pageWords, List<String> senses, int minPerMille, int minDistinct) {
        this.pageWords = Set.copyOf(pageWords);
        this.senses = stemmed(senses);
        this.minPerMille = minPerMille;
        this.minDistinct = minDistinct;
    }

    private static Set<String> stemmed(List<String> words) {
        Stemmer stemmer = Stemmer.forLanguage("en");
        Set<String> stems = new HashSet<>();
        for (String word : words) {
            stems.add(stemmer.stemPhrase(word));
        }
        return Set.copyOf(stems);
    }

    /** The stemmed senses. */
    Set<String> senses() {
        return senses;
    }

    /**
     * The title's and the body's matches without the senses' when the page is of the kind; the same lists otherwise.
     * English only. Returns the title's matches first, then the body's.
     */
    List<List<PhraseMatcher.Match<TopicLexicon.Term>>> without(
            List<PhraseMatcher.Match<TopicLexicon.Term>> titleMatches, List<Words.Word> title,
            List<PhraseMatcher.Match<TopicLexicon.Term>> bodyMatches, List<Words.Word> body, String language) {
        if (!"en".equals(language) || !hasSense(titleMatches) && !hasSense(bodyMatches) || !isPage(title, body)) {
            return List.of(titleMatches, bodyMatches);
        }
        return List.of(withoutSenses(titleMatches), withoutSenses(bodyMatches));
    }

    private boolean hasSense(List<PhraseMatcher.Match<TopicLexicon.Term>> matches) {
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (senses.contains(match.phrase())) {
                return true;
            }
        }
        return false;
    }

    private List<PhraseMatcher.Match<TopicLexicon.Term>> withoutSenses(
            List<PhraseMatcher.Match<TopicLexicon.Term>> matches) {
        List<PhraseMatcher.Match<TopicLexicon.Term>> kept = new ArrayList<>(matches.size());
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (!senses.contains(match.phrase())) {
                kept.add(match);
            }
        }
        return kept.size() == matches.size() ? matches : List.copyOf(kept);
    }

    /** Whether the kind's words make {@code minPerMille} per mille of the page, {@code minDistinct} different ones. */
    boolean isPage(List<Words.Word> title, List<Words.Word> body) {
        int count = 0;
        Set<String> distinct = new HashSet<>();
        for (List<Words.Word> words : List.of(title, body)) {
            for (Words.Word word : words) {
                if (pageWords.contains(word.folded())) {
                    count++;
                    distinct.add(word.folded());
                }
            }
        }
        int total = title.size() + body.size();
        return distinct.size() >= minDistinct && count * 1000L >= (long) minPerMille * total;
    }
}
