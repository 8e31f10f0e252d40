package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * A ferry or container line between two towns of two countries, named where the figure is counted: "of which 30,000
 * TEU in the Aktau-Alyat direction", "on the feeder line between Aktau and Baku, 20,000 TEU moved". Its
 * freight is the two countries' (LABEL-FIXES decision 39 of round 36: a line between two ports takes the two countries,
 * the named-route rule), even in a sentence or an article that names the corridor the line is part of. Stateless.
 */
final class TownPairLines {

    private TownPairLines() {
    }

    /** Words of a line, a route or a direction, one of which names the pair (folded stems). */
    private static final Stems LINE_STEMS = Stems.copyOf(Words.foldAll("direction", "route", "line", "ferry",
            "feeder", "направлени", "маршрут", "лини", "паром", "ligne", "liaison", "traversier", "yo'nalish",
            "yonalish", "бағыт", "желі"));
    /** Words that open a pair of places ("between Aktau and Baku"). */
    private static final Set<String> BETWEEN = WordSet.copyOf(Words.foldAll("between", "entre", "между", "orasida"));
    /** Words that join the two places of such a pair. */
    private static final Set<String> AND = WordSet.copyOf(Words.foldAll("and", "et", "и", "va", "мен"));
    /** How many words before or after the pair the word of a line may stand ("the Aktau-Alyat direction"). */
    private static final int LINE_REACH = 3;

    /**
     * The two countries of a line between two towns that the figure's clause names after the figure, or that the
     * sentence's opening phrase names before it; null for anything else.
     *
     * @param start      where the figure begins in {@code text}
     * @param end        where it ends
     * @param sentenceAt where its sentence begins
     * @param sentence   the place mentions of its sentence, in text order
     */
    static List<String> of(int start, int end, int sentenceAt, String text, List<Words.Word> words,
                           List<Mention> sentence) {
        for (int i = 1; i < sentence.size(); i++) {
            Mention first = sentence.get(i - 1);
            Mention second = sentence.get(i);
            if (first.kind() != PlaceKind.CITY || second.kind() != PlaceKind.CITY
                    || first.code().equals(second.code()) || !joined(first, second, text, words)) {
                continue;
            }
            // ("Baku-Tbilisi-Ceyhan": a chain of three towns names a route of its own, not a line between two)
            boolean chain = i >= 2 && joined(sentence.get(i - 2), first, text, words)
                    || i + 1 < sentence.size() && joined(second, sentence.get(i + 1), text, words);
            if (!chain && namedLine(first, second, words) && placed(first, second, start, end, sentenceAt, text)) {
                return Subjects.sorted(Set.of(first.code(), second.code()));
            }
        }
        return null;
    }

    /** Whether two towns are written as one pair: "Aktau-Alyat", "Актау – Баку", "between Aktau and Baku". */
    private static boolean joined(Mention first, Mention second, String text, List<Words.Word> words) {
        String gap = text.substring(first.end(), second.start()).strip();
        if (gap.equals("-") || gap.equals("–") || gap.equals("—")) {
            return true;
        }
        int at = Subjects.indexAt(words, first.start());
        return at > 0 && BETWEEN.contains(words.get(at - 1).folded()) && AND.contains(Words.fold(gap));
    }

    /** Whether a word of a line, route or direction stands next to the pair. */
    private static boolean namedLine(Mention first, Mention second, List<Words.Word> words) {
        int from = Math.max(0, Subjects.indexAt(words, first.start()) - LINE_REACH);
        int to = Math.min(words.size(), Subjects.indexAt(words, second.end()) + LINE_REACH);
        for (int i = from; i < to; i++) {
            if (Words.startsWithAny(words.get(i).folded(), LINE_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pair counts this figure: after it in the same clause, or before it in the one phrase that opens the
     * sentence ("On the feeder line between Aktau and Baku, 20,000 TEU ...").
     */
    private static boolean placed(Mention first, Mention second, int start, int end, int sentenceAt, String text) {
        if (first.start() >= end) {
            return !breaks(text, end, first.start());
        }
        if (second.end() > start) {
            return false;
        }
        int comma = text.indexOf(',', second.end());
        return comma >= 0 && comma < start && !breaks(text, sentenceAt, first.start())
                && !breaks(text, comma + 1, start);
    }

    private static boolean breaks(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }
}
