package io.steppewatch.analysis.topics;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * The security words that a report of an accident uses in a sense of its own: the dead and the injured of a
 * helicopter or an air crash, a bus fallen off a bridge, a river cruiser sunk, and the safety rules whose breach the
 * investigators name ("нарушение правил безопасности"). On such a page they count the accident's victims, not a
 * war's or an attack's, and the labels give an accident no topic, the region's own included (NOTES-open-q, an
 * accident in Tashkent; NOTES-open-r, an air crash near Almaty). Six accident reports of the open corpus's NEREL
 * part were read as security on them (round 54).
 *
 * <p>A page is an accident's when at least {@link #MIN_SHARE_PER_MILLE} per mille of its words, and at least
 * {@link #MIN_COUNT} of them, are words of a crash or a wreck ({@link #ACCIDENT_WORDS}, {@link #ACCIDENT_STEMS}).
 * There the matches of {@link #CASUALTY_TERMS} are dropped; every other term of security is kept, so an attack, a bomb
 * or militants named beside a crash still count, and a military aircraft keeps its own words. On such a page that
 * names no part of the region the words of {@link TopicClassifier#PASSING_MENTION_TOPIC} are dropped too: the bus's
 * route and the airport a plane flew to are the accident's scene, not a route for goods (a bus fallen off a bridge,
 * once its victims no longer made it security, was read as corridors); the region's own lines keep them. The page's
 * words are counted only when a casualty term matched: a page of routes alone is not read for accidents (counting
 * every corridor story's words cost 3.5 % of the analysis, for one more derailment fixed). Immutable and thread-safe.
 */
final class AccidentSenses {

    static final int MIN_SHARE_PER_MILLE = 8;
    static final int MIN_COUNT = 2;
    /** The lexicon terms (each line's first alternative) of victims and of safety, in Russian, English and French. */
    static final Set<String> CASUALTY_TERMS = Set.of("погибшие", "пострадавшие", "эскалация", "безопасность",
            "безопасности", "killed", "wounded", "casualties", "tués", "blessés", "victimes");
    /** Folded whole words of a crash or a wreck. */
    static final Set<String> ACCIDENT_WORDS = Set.copyOf(Words.foldAll("авария", "аварии", "аварию", "аварией",
            "аварий", "авариях", "авариям", "дтп", "разбился", "разбилась", "разбилось", "разбились", "crash",
            "crashed", "crashes", "accident", "accidents", "derailed", "derailment", "capsized", "naufrage",
            "déraillement", "écrasé", "écrasée", "écrasement"));
    /** Folded stems of a crash or a wreck (a crash, a catastrophe, sank, collapsed). */
    static final List<String> ACCIDENT_STEMS = Words.foldAll("крушени", "катастроф", "авиакатастроф", "затонул",
            "рухнул");

    private AccidentSenses() {
    }

    /**
     * The title's and the body's matches without the casualty terms when the page reports an accident; the same lists
     * otherwise. Returns the title's matches first, then the body's.
     */
    static List<List<PhraseMatcher.Match<TopicLexicon.Term>>> without(
            List<PhraseMatcher.Match<TopicLexicon.Term>> titleMatches, List<Words.Word> title,
            List<PhraseMatcher.Match<TopicLexicon.Term>> bodyMatches, List<Words.Word> body,
            BooleanSupplier namesTheRegion) {
        if (!hasCasualty(titleMatches) && !hasCasualty(bodyMatches) || !accidentPage(title, body)) {
            return List.of(titleMatches, bodyMatches);
        }
        boolean routes = (hasRoute(titleMatches) || hasRoute(bodyMatches)) && !namesTheRegion.getAsBoolean();
        return List.of(withoutScene(titleMatches, routes), withoutScene(bodyMatches, routes));
    }

    private static boolean hasCasualty(List<PhraseMatcher.Match<TopicLexicon.Term>> matches) {
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (CASUALTY_TERMS.contains(match.value().text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRoute(List<PhraseMatcher.Match<TopicLexicon.Term>> matches) {
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (isRoute(match)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoute(PhraseMatcher.Match<TopicLexicon.Term> match) {
        return match.value().topic().equals(TopicClassifier.PASSING_MENTION_TOPIC);
    }

    private static List<PhraseMatcher.Match<TopicLexicon.Term>> withoutScene(
            List<PhraseMatcher.Match<TopicLexicon.Term>> matches, boolean routes) {
        List<PhraseMatcher.Match<TopicLexicon.Term>> kept = matches.stream()
                .filter(m -> !CASUALTY_TERMS.contains(m.value().text()) && !(routes && isRoute(m)))
                .toList();
        return kept.size() == matches.size() ? matches : kept;
    }

    /** Whether words of a crash make {@link #MIN_SHARE_PER_MILLE} per mille of the page, {@link #MIN_COUNT} at least. */
    static boolean accidentPage(List<Words.Word> title, List<Words.Word> body) {
        int count = 0;
        for (List<Words.Word> words : List.of(title, body)) {
            for (Words.Word word : words) {
                if (ACCIDENT_WORDS.contains(word.folded()) || Words.startsWithAny(word.folded(), ACCIDENT_STEMS)) {
                    count++;
                }
            }
        }
        return count >= MIN_COUNT && count * 1000L >= (long) MIN_SHARE_PER_MILLE * (title.size() + body.size());
    }
}
