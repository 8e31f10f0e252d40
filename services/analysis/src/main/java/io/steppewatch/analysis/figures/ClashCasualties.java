package io.steppewatch.analysis.figures;

import java.util.Set;

import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * The words by which a text counts the people a clash struck, and the words that make an event a clash between two
 * sides, in the five languages of the corpus. The written decision "Casualties of a clash: both sides" (LABEL-FIXES,
 * 2026-12-03) gives a count of the dead, the wounded or the hospitalised both countries of the clash; the labels give
 * the people evacuated from its zone both too (f-en-019, ze-fr-012, zh-fr-007, zi-en-002).
 */
final class ClashCasualties {

    /** Beginnings of words that count the dead, the wounded or the evacuated. */
    private static final Stems CASUALTY_STEMS = Stems.copyOf(Words.foldAll(
            "casualt", "fatalit", "evacu", "displac",
            "погиб", "ранен", "пострада", "убит", "жертв", "гибел", "скончал", "эвакуир", "эвакуац",
            "blesse",
            "жарақат", "жараланд", "эвакуация",
            "halok", "ҳалок", "yarador", "ярадор", "jarohat", "жароҳат", "evakuats"));
    /**
     * Whole words that count the dead or the wounded (a stem of them would take "Tuesday", "deadline" or "décembre");
     * "lives" as lost or claimed, "қаза" as in "қаза тапты" (died).
     */
    private static final Set<String> CASUALTY_WORDS = WordSet.copyOf(Words.foldAll(
            "killed", "dead", "died", "deaths", "injured", "wounded", "bodies", "lives",
            "tue", "tues", "tuee", "tuees", "mort", "morts", "deces", "victimes",
            "қаза"));
    /** Beginnings of words that make an event a clash between two sides. */
    private static final Stems CLASH_STEMS = Stems.copyOf(Words.foldAll(
            "clash", "conflict", "border", "fighting", "skirmish", "shootout", "shelling", "hostilities",
            "столкновен", "боестолкновен", "конфликт", "границ", "перестрелк", "обстрел", "противостоян",
            "affrontement", "conflit", "frontiere", "frontalie", "combats", "accrochage",
            "қақтығыс", "шекара", "атқыла",
            "to'qnashuv", "тўқнашув", "chegara", "чегара"));

    private ClashCasualties() {
    }

    /** Whether a folded word counts the dead, the wounded or the evacuated ("killed", "погибших", "évacuées"). */
    static boolean countsCasualties(String folded) {
        return CASUALTY_WORDS.contains(folded) || Words.startsWithAny(folded, CASUALTY_STEMS);
    }

    /** Whether a folded word makes an event a clash between two sides ("clashes", "обстрела", "frontalière"). */
    static boolean saysClash(String folded) {
        return Words.startsWithAny(folded, CLASH_STEMS);
    }
}
