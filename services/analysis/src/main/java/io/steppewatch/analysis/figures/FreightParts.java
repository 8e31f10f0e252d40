package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Words that split a part off a freight total said just before: a sentence that opens on the total ("Of these", "Parmi
 * celles-ci", "Из них", "Соның ішінде", "Бұл ретте") or a verb of carriage in the part's sentence ("were delivered to
 * the thermal power plants", "ішкі нарыққа ... бағытталды"). Decision 56 of round 38: every part the text splits off a
 * freight total a line, network, port or crossing carries keeps the total's metric, `cargo.volume`, whatever it is
 * named by (delivered to plants or refineries, sent to the home market, loaded in a province).
 */
final class FreightParts {

    /** Words a sentence opens with to speak of a part of what was said before (folded, up to the first three). */
    private static final Set<String> PART_OPENERS = Set.copyOf(Words.foldAll("of these", "of them", "of which",
            "including", "among them", "parmi", "dont", "из них", "в том числе", "в т.ч", "бұл ретте", "соның ішінде",
            "оның ішінде", "shundan", "shu jumladan", "jumladan"));
    /** Verbs of carriage, whole (folded). */
    private static final Set<String> CARRIAGE_WORDS = Set.copyOf(Words.foldAll("delivered", "transported",
            "shipped", "carried", "loaded", "railed", "dispatched", "achemine", "acheminees", "acheminee", "achemines",
            "transportees", "transportes", "expediees", "expedies", "livrees", "livres"));
    /** Beginnings of verbs of carriage: "доставлено", "перевезено", "отгружено", "тасымалданды", "жөнелтілді". */
    private static final List<String> CARRIAGE_STEMS = Words.foldAll("доставлен", "перевезен", "отгружен",
            "отправлен", "тасымалд", "жөнелтіл", "бағытталд", "tashild", "jo'natil", "jo‘natil");
    /** How many words from the sentence's start an opener may reach. */
    private static final int OPENER_WORDS = 3;

    private FreightParts() {
    }

    /** Whether the sentence opens on a part of the total before, or tells of carriage. */
    static boolean splitsOffAPart(FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(sentence.start());
        StringBuilder opening = new StringBuilder();
        for (int i = first; i < words.size() && words.get(i).start() < sentence.end(); i++) {
            String folded = words.get(i).folded();
            if (i - first < OPENER_WORDS) {
                opening.append(i == first ? "" : " ").append(folded);
                if (PART_OPENERS.contains(opening.toString())) {
                    return true;
                }
            }
            if (CARRIAGE_WORDS.contains(folded) || Words.startsWithAny(folded, CARRIAGE_STEMS)) {
                return true;
            }
        }
        return false;
    }
}
