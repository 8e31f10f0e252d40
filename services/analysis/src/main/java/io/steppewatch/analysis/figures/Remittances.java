package io.steppewatch.analysis.figures;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * The subjects of money that migrants send home (gold-ze decided, bench/corpus/README.md: remittances are `other`,
 * the receiving country and the sending country; totals from abroad the receiving country alone). "Remittances to
 * Uzbekistan reached $15 billion" is Uzbekistan's; "$11 billion of it came from Russia", "переводы от мигрантов,
 * работающих в РФ" are Uzbekistan's and Russia's, the receiver taken from the headline or the article when the sentence
 * names only the sender. Immutable and stateless.
 */
final class Remittances {

    private Remittances() {
    }

    /** Beginnings of the words for money sent home ("remittances", "денежные переводы", "transferts de fonds"). */
    private static final WordStems REMITTANCE_WORDS = WordStems.of(Words.foldAll("remittanc", "перевод", "transfert",
            "o'tkazma", "аударым"));
    /** Words before a country that make it where the money goes ("to Uzbekistan", "в Узбекистан", "vers"). */
    private static final Set<String> TO_WORDS = WordSet.copyOf(Words.foldAll("to", "into", "в", "во", "vers", "au",
            "en"));
    /** Words before a country that make it where the money comes from ("from Russia", "из России", "de Russie"). */
    private static final Set<String> FROM_WORDS = WordSet.copyOf(Words.foldAll("from", "из", "от", "de", "d",
            "du", "depuis"));
    /** Beginnings of the words that make the country named right after them the sender ("резиденты России"). */
    private static final WordStems SENDING_PEOPLE = WordStems.of(Words.foldAll("resident", "резидент"));
    /** Beginnings of the words that make the country after "in" where the migrants work ("работающих в РФ"). */
    private static final WordStems WORKING = WordStems.of(Words.foldAll("work", "работа", "travaill", "труд"));

    /**
     * The receiving country, with the sending one when the sentence names it, of a figure of money or a share of it in
     * a sentence of remittances (or one continuing the sentence of remittances before it); null otherwise, or when no
     * receiver is known.
     */
    static List<String> subjects(SurfaceFigure figure, List<Words.Word> words, String text, List<Mention> sentence,
                                 List<Mention> paragraph, ArticleFrame article) {
        if (!figure.isMoney() && !"percent".equals(figure.unit())) {
            return null;
        }
        if (!Subjects.sentenceHolds(REMITTANCE_WORDS, figure.start(), words, text)
                && !Subjects.sentenceBeforeHolds(REMITTANCE_WORDS, figure.start(), words, text)) {
            return null;
        }
        String receiver = null;
        String sender = null;
        boolean named = false;
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY || Subjects.REGION.equals(m.code())) {
                continue;
            }
            named = true;
            if (sends(m, words)) {
                sender = sender == null ? m.code() : sender;
            } else if (receives(m, words) && receiver == null) {
                receiver = m.code();
            }
        }
        // "$11 billion came from Russia. This was 77% of all transfers": a sentence naming no country goes on about
        // the money of the sentence before, sender included
        if (!named) {
            sender = senderBefore(figure.start(), words, text, paragraph);
        }
        if (receiver == null) {
            receiver = onlyRegionalCountry(article.title(), sender);
        }
        if (receiver == null) {
            receiver = firstRegionalCountry(article.ranked(), sender);
        }
        if (receiver == null || receiver.equals(sender)) {
            return null;
        }
        return sender == null ? List.of(receiver) : Subjects.sorted(new LinkedHashSet<>(List.of(receiver, sender)));
    }

    /**
     * Whether the money comes from the country: "from Russia", "из России", "migrants working in Russia", "residents
     * of Russia".
     */
    private static boolean sends(Mention m, List<Words.Word> words) {
        int before = Subjects.wordBefore(m, words);
        if (before < 0) {
            return false;
        }
        String word = words.get(before).folded();
        return FROM_WORDS.contains(word) || SENDING_PEOPLE.startsAny(words.get(before))
                || TO_WORDS.contains(word) && before > 0 && WORKING.startsAny(words.get(before - 1));
    }

    /** Whether the money goes to the country: "to Uzbekistan", "в Узбекистан" (not after a word of work). */
    private static boolean receives(Mention m, List<Words.Word> words) {
        int before = Subjects.wordBefore(m, words);
        return before >= 0 && TO_WORDS.contains(words.get(before).folded());
    }

    /** The sending country the sentence before the figure's, in its paragraph, names; null if none. */
    private static String senderBefore(int start, List<Words.Word> words, String text, List<Mention> paragraph) {
        int opening = Subjects.sentenceStartOffset(text, start);
        int before = Subjects.lastWordBefore(words, opening);
        if (before < 0) {
            return null;
        }
        int from = Subjects.sentenceStartOffset(text, words.get(before).start());
        for (Mention m : paragraph) {
            if (m.start() >= from && m.end() <= opening && m.kind() == PlaceKind.COUNTRY && sends(m, words)) {
                return m.code();
            }
        }
        return null;
    }

    /** The one Central Asian country of {@code codes} other than {@code sender}, or null. */
    private static String onlyRegionalCountry(List<String> codes, String sender) {
        String only = null;
        for (String code : codes) {
            if (Subjects.CENTRAL_ASIA.contains(code) && !code.equals(sender)) {
                if (only != null) {
                    return null;
                }
                only = code;
            }
        }
        return only;
    }

    /** The first Central Asian country of {@code codes} other than {@code sender}, or null. */
    private static String firstRegionalCountry(List<String> codes, String sender) {
        for (String code : codes) {
            if (Subjects.CENTRAL_ASIA.contains(code) && !code.equals(sender)) {
                return code;
            }
        }
        return null;
    }
}
