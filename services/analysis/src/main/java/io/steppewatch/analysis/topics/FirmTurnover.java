package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * A firm's turnover: its sales or revenue, which tells nothing of goods crossing a border. French writes it "chiffre
 * d'affaires" (trade between countries is "échanges commerciaux"), Russian a bare "оборот" of a company, a shop or a
 * museum (trade is "товарооборот", "торговый оборот"), English "turnover" beside the firm it belongs to (a division
 * "with a turnover of $34bn"). Such words made trade of a company's results and of a museum's takings on the open
 * corpus (round 55: fr 44489, nr 110975, en 1673612), which the labels give no topic.
 *
 * <p>{@link TopicClassifier} drops the lexicon's matches of a firm's turnover, and the figures read as a trade turnover
 * in an article whose every turnover word is a firm's, unless the article names the region (its own trade is what the
 * lexicon was written on). Immutable and thread-safe.
 */
final class FirmTurnover {

    /** The lexicon terms (each line's first alternative) of a turnover that can be a firm's. */
    static final Set<String> TURNOVER_TERMS = Set.of("turnover", "chiffre d'affaires");
    /** Folded English words that name a firm or a part of one. */
    static final Set<String> FIRM_WORDS = Set.of("company", "company's", "companies", "firm", "firm's", "firms",
            "group", "group's", "division", "subsidiary", "business", "businesses", "retailer", "chain", "plc", "ltd",
            "inc", "corporation", "corp", "conglomerate", "brand", "shop", "store", "stores", "bank", "operator",
            "maker", "manufacturer", "supermarket", "supermarkets");
    /** Folded Russian word starts that make "оборот" a trade's (or a thing's, not a firm's). */
    private static final List<String> RUSSIAN_QUALIFIERS = List.of("торгов", "внешнеторгов", "взаимн", "двусторон",
            "товарн", "грузов", "пассажир");
    /** Folded Russian words after "оборот" that make it a trade's or a contraband's. */
    private static final Set<String> RUSSIAN_AFTER = Set.of("между", "с", "со", "оружия", "наркотиков", "товаров",
            "грузов");
    private static final int WORDS_BEFORE = 8;
    private static final int WORDS_AFTER = 5;

    private FirmTurnover() {
    }

    /** Whether the text may hold a turnover word at all: a cheap test before the words are read. */
    static boolean mayName(CharSequence text) {
        String s = text.toString();
        return s.contains("urnover") || s.contains("affaires") || s.contains("оборот") || s.contains("Оборот");
    }

    /**
     * The lexicon's {@code matches} in {@code words} (of {@code text}, or of a headline when {@code text} is null)
     * without those of a firm's turnover; the same list when there are none.
     */
    static List<PhraseMatcher.Match<TopicLexicon.Term>> without(List<PhraseMatcher.Match<TopicLexicon.Term>> matches,
                                                                List<Words.Word> words, CharSequence text) {
        List<PhraseMatcher.Match<TopicLexicon.Term>> kept = null;
        for (int i = 0; i < matches.size(); i++) {
            PhraseMatcher.Match<TopicLexicon.Term> match = matches.get(i);
            boolean firms = TURNOVER_TERMS.contains(match.value().text()) && firms(words, text, match.first());
            if (firms && kept == null) {
                kept = new ArrayList<>(matches.subList(0, i));
            } else if (!firms && kept != null) {
                kept.add(match);
            }
        }
        return kept == null ? matches : List.copyOf(kept);
    }

    /** {@link #reading}: the words name no turnover. */
    static final int NONE = 0;
    /** {@link #reading}: every turnover the words name is a firm's. */
    static final int ALL_FIRMS = 1;
    /** {@link #reading}: a turnover the words name is no firm's (a trade's, or one with no firm beside it). */
    static final int SOME_NOT_FIRMS = 2;

    /**
     * How {@code words} (of {@code text}, or of a headline when {@code text} is null) name a turnover: not at all, only
     * as a firm's ("chiffre d'affaires", a bare "оборот" that no trade word qualifies, an English "turnover" beside a
     * firm), or once at least otherwise.
     */
    static int reading(List<Words.Word> words, CharSequence text) {
        int reading = NONE;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).folded();
            boolean turnover = w.equals("turnover") || w.startsWith("оборот") && isRussianTurnover(w)
                    || w.equals("chiffre") && affairesAfter(words, i);
            if (!turnover) {
                continue;
            }
            if (!firms(words, text, i)) {
                return SOME_NOT_FIRMS;
            }
            reading = ALL_FIRMS;
        }
        return reading;
    }

    /** Whether "affaires" follows the word at {@code index} ("chiffre d'affaires", split at the apostrophe or not). */
    private static boolean affairesAfter(List<Words.Word> words, int index) {
        for (int i = index + 1; i < Math.min(words.size(), index + 3); i++) {
            if (words.get(i).folded().endsWith("affaires")) {
                return true;
            }
        }
        return false;
    }

    /** оборот, оборота, обороте, оборотом, обороту, обороты, оборотов: the noun, not "оборотный" or "оборотень". */
    private static boolean isRussianTurnover(String w) {
        return w.length() <= 8 && !w.startsWith("оборотн");
    }

    /** Whether the turnover word at {@code index} is a firm's. */
    private static boolean firms(List<Words.Word> words, CharSequence text, int index) {
        String w = words.get(index).folded();
        if (w.equals("chiffre")) {
            return true;
        }
        if (w.startsWith("оборот")) {
            if (index > 0 && Words.startsWithAny(words.get(index - 1).folded(), RUSSIAN_QUALIFIERS)) {
                return false;
            }
            return index + 1 >= words.size() || !RUSSIAN_AFTER.contains(words.get(index + 1).folded());
        }
        if (index > 0 && Set.of("trade", "cargo", "freight", "goods", "commodity", "mutual", "bilateral")
                .contains(words.get(index - 1).folded())) {
            return false;
        }
        for (int i = index - 1; i >= Math.max(0, index - WORDS_BEFORE) && !sentenceEndAfter(words, text, i); i--) {
            if (FIRM_WORDS.contains(words.get(i).folded())) {
                return true;
            }
        }
        for (int i = index + 1; i < Math.min(words.size(), index + 1 + WORDS_AFTER)
                && !sentenceEndAfter(words, text, i - 1); i++) {
            if (FIRM_WORDS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence ends between word {@code i} and the next; never without the text (a headline). */
    private static boolean sentenceEndAfter(List<Words.Word> words, CharSequence text, int i) {
        if (text == null || i + 1 >= words.size()) {
            return false;
        }
        for (int c = words.get(i).end(); c < words.get(i + 1).start() && c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
                return true;
            }
        }
        return false;
    }
}
