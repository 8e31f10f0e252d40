package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordIdSet;
import io.steppewatch.analysis.text.Words;

/**
 * The parties of a figure whose sentence gives one country a place below the first in a ranking of partners:
 * "Turkmenistan is third place – 230,000 tons", "Kyrgyzstan took second place with $22.7 billion", "На втором
 * месте стоит Россия с 3,98 миллиардами долларов", "la Russie occupe la deuxième place". The figure is that
 * country's and the ranking's owner's: the buyer of the exporter's wheat, the partner of the country whose trade is
 * ranked. The owner is the country whose statistics office the article cites, else the headline's other country,
 * else the article's exporter; never the country that holds the first place. Immutable and stateless.
 */
final class LowerPlaces {

    /** How many words before a first-place word its holder may stand ("Turkmenistan still holds first place"). */
    private static final int HOLDER_REACH = 5;

    /** The ranking's words as tests of a word ({@link RankingWords}). */
    private static final Predicate<Words.Word> LOWER = RankingWords.LOWER::startsAny;
    private static final Predicate<Words.Word> PLACE = RankingWords.PLACE::startsAny;
    /** A world ranking ("fourth in the world") has no owner among the article's countries. */
    private static final WordIdSet WORLD_WORDS = WordIdSet.of(Words.foldAll(
            "world", "worldwide", "globally", "mondial", "mondiale", "monde", "мире", "мировом", "мира",
            "dunyo", "dunyoda", "дунё", "дунёда", "әлем", "әлемде", "әлемдік"));
    /** The Uzbek and Kazakh genitive endings, in folded form: "Ўзбекистоннинг", "O'zbekistonning", "Қазақстанның". */
    private static final List<String> GENITIVE_ENDINGS = Words.foldAll("нинг", "ning", "ның", "нің", "дың", "дің",
            "тың", "тің");
    /** "Following Uzbekistan, Tajikistan ranked second": the country before is the yardstick. */
    private static final WordIdSet FOLLOWING_WORDS = WordIdSet.of(Words.foldAll(
            "following", "behind", "after", "apres", "derriere", "после", "вслед", "позади"));

    private LowerPlaces() {
    }

    /**
     * The ranked country and the ranking's owner, sorted; or null when the sentence of the figure at {@code start}
     * places no single country below the first (the owner named beside it aside), or no owner is known.
     */
    static List<String> subjects(int start, String text, List<Words.Word> words, List<Mention> sentence,
                                 List<Mention> paragraph, ArticleFrame article) {
        int at = Subjects.indexAt(words, start);
        if (at >= words.size()) {
            return null;
        }
        int from = Subjects.gapSentenceStart(words, at, text);
        int to = Subjects.sentenceEnd(words, at, text) - 1;
        if (!placesBelowFirst(words, from, to, text)) {
            return null;
        }
        Set<String> ranked = new LinkedHashSet<>();
        Set<String> yardsticks = new LinkedHashSet<>();
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY || Subjects.REGION.equals(m.code())
                    || m.start() < words.get(from).start() || m.start() > words.get(to).end()) {
                continue;
            }
            int before = Subjects.indexAt(words, m.start()) - 1;
            if (Subjects.isRankingReference(m, words)
                    || before >= 0 && FOLLOWING_WORDS.contains(words.get(before))) {
                yardsticks.add(m.code());
            } else if (!Subjects.isSpeaker(m, words)) {
                ranked.add(m.code());
            }
        }
        if (ranked.isEmpty() || ranked.size() > 2) {
            return null;
        }
        Set<String> excluded = new LinkedHashSet<>(yardsticks);
        excluded.addAll(firstPlaceHolders(paragraph, words, text, words.get(from).start()));
        List<String> candidates = new ArrayList<>();
        if (article.statistics() != null) {
            candidates.add(article.statistics());
        }
        candidates.addAll(article.title());
        if (article.exporter() != null) {
            candidates.add(article.exporter());
        }
        if (ranked.size() == 2) {
            // "In second place is Russia, which remains the largest market for Uzbekistan": the sentence names the
            // ranking's owner beside the one country it ranks
            String owner = ownerAmong(candidates, excluded);
            if (owner == null || !ranked.remove(owner)) {
                return null;
            }
            return Subjects.sorted(Set.of(ranked.iterator().next(), owner));
        }
        String country = ranked.iterator().next();
        excluded.add(country);
        String owner = ownerAmong(candidates, excluded);
        return owner == null ? null : Subjects.sorted(Set.of(country, owner));
    }

    /** The first of {@code candidates} that is a country and not {@code excluded}; null when none is. */
    private static String ownerAmong(List<String> candidates, Set<String> excluded) {
        for (String owner : candidates) {
            if (!excluded.contains(owner) && !Subjects.REGION.equals(owner) && owner.length() == 2) {
                return owner;
            }
        }
        return null;
    }

    /**
     * Whether a country is named as the owner of what follows it: "Uzbekistan's largest partner", "Ўзбекистоннинг энг
     * йирик ҳамкори", "Қазақстанның ең ірі серіктесі". The first place is then its partner's, and the country owns the
     * ranking.
     */
    private static boolean possessive(Mention m, List<Words.Word> words, String text) {
        if (m.possessiveIn(text)) {
            return true;
        }
        // the name's last word: "O'zbekistonning" is read as "o", "zbekistonning"
        int last = Subjects.lastWordStartingBefore(words, m.end());
        return last >= 0 && last < words.size() && Words.endsWithAny(words.get(last).folded(), GENITIVE_ENDINGS);
    }

    /** Whether words {@code [from, to]} give a place below the first, and not in a world ranking. */
    private static boolean placesBelowFirst(List<Words.Word> words, int from, int to, String text) {
        // The answer depends on the sentence's words alone: every figure of the sentence asks, once read it is kept.
        IndexedWords indexed = words instanceof IndexedWords known ? known : null;
        byte known = indexed == null ? 0 : indexed.knownFact(IndexedWords.PLACE_BELOW_FIRST, from, to + 1, text);
        if (known != 0) {
            return known == 2;
        }
        boolean places = Subjects.anyIn(words, LOWER, from, to + 1)
                && Subjects.anyIn(words, PLACE, from, to + 1) && !Subjects.anyIn(words, WORLD_WORDS, from, to + 1);
        if (indexed != null) {
            indexed.knowFact(IndexedWords.PLACE_BELOW_FIRST, from, to + 1, text, places);
        }
        return places;
    }

    /**
     * The countries that the paragraph, before {@code sentenceStart}, names shortly before a first-place word in a
     * sentence that gives no lower place: "Turkmenistan still holds first place", "Kazakhstan became the leader".
     */
    private static Set<String> firstPlaceHolders(List<Mention> paragraph, List<Words.Word> words, String text,
                                                 int sentenceStart) {
        Set<String> holders = new LinkedHashSet<>();
        for (Mention m : paragraph) {
            if (m.start() >= sentenceStart || m.kind() != PlaceKind.COUNTRY || possessive(m, words, text)) {
                continue;
            }
            int next = Subjects.indexAt(words, m.end());
            for (int i = next; i > 0 && i < words.size() && i < next + HOLDER_REACH; i++) {
                Words.Word word = words.get(i);
                if (Subjects.gapEndsBefore(words, i, text) || RankingWords.LOWER.startsAny(word)) {
                    break;
                }
                if (RankingWords.FIRST.startsAny(word)) {
                    holders.add(m.code());
                    break;
                }
            }
        }
        return holders;
    }
}
