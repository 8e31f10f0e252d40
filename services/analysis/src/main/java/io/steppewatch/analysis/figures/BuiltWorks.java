package io.steppewatch.analysis.figures;

import java.util.Set;

import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 6 of round 29, its second bullet, for works built in one place: a bridge, a tunnel, a dam, a pier or a
 * quay stands in one country, so its size (its length, height or width, a count of its piers or tunnels) is that
 * country's own amount at home, as a plant's capacity is ("the new bridge is 1,700 metres long", "ce pont de 900
 * mètres", "высота плотины 250 метров", "two tunnels with a total length of 5 km"), not the relation the headline
 * names between the country and the partner that pays for the work or builds it. Read by {@link Subjects} for a
 * sentence naming no country under a headline of two, where a word that puts the work between two parties or on a
 * border ("the bridge between", "мост на границе") keeps the pair. Not "barrage": in English a volley, not a dam.
 */
final class BuiltWorks {

    /** Beginnings of the words of a bridge, a tunnel, a dam, a quay (prefixes of folded words). */
    private static final WordStems STRUCTURES = WordStems.of(Words.foldAll("bridge", "viaduct", "tunnel", "pont",
            "viaduc", "jetee", "мост", "виадук", "тоннел", "туннел", "плотин", "причал", "пирс", "эстакад",
            "ko'prik", "koʻprik", "ko‘prik", "ko’prik", "koprik", "кўприк", "tonnel", "to'g'on", "toʻgʻon", "to‘g‘on",
            "togon", "тўғон", "көпір", "бөгет"));
    /** Whole words too short to serve as beginnings ("dam" opens "damage", "pier" opens "pierce"). */
    private static final Set<String> WHOLE = Set.copyOf(Words.foldAll("dam", "dams", "pier", "piers", "berth",
            "berths", "quay", "quays", "quai", "quais", "pile", "piles", "piliers", "pilier"));

    /** Units of a work's size: its length, height or width, a count of its piers, spans or tunnels. */
    static final Set<String> SIZE_UNITS = Set.of("m", "km", "count");

    private BuiltWorks() {
    }

    /** Whether {@code word} names a work built in one place: a bridge, a tunnel, a dam, a pier, a quay. */
    static boolean names(Words.Word word) {
        return STRUCTURES.startsAny(word) || WHOLE.contains(word.folded());
    }
}
