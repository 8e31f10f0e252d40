package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.Words;

/**
 * Oil sent to Germany on the Druzhba pipeline in an article about Kazakh oil is Kazakhstan's (LABEL-FIXES decision 4 of
 * round 28: "Kazakh oil to Germany through Druzhba", the shipper first, then the way, then the destination): a German
 * buyers' wish for more oil "to Germany via Druzhba" up to a tonnage, a month's tonnes of crude sent "to Germany via
 * Druzhba", the shipper's request for more room on the Druzhba line toward Germany keep the destination and the way
 * they name and lose the shipper the article is about (it names Kazakh oil). Not Russian oil ("supplied with oil from
 * Russia via Druzhba"). Stateless.
 */
final class KazakhOilOnDruzhba {

    private KazakhOilOnDruzhba() {
    }

    private static final Stems DRUZHBA_STEMS = Stems.copyOf(Words.foldAll("druzhba", "дружб", "droujba"));
    private static final Stems OIL_STEMS = Stems.copyOf(Words.foldAll("oil", "crude", "нефт", "petrole", "brut",
            "мұнай"));

    /**
     * {@code subjects} with Kazakhstan added for a {@code cargo.volume} or {@code cargo.capacity} figure whose
     * sentence speaks of oil on Druzhba to Germany (DE among the subjects, KZ not), names no Russian oil, in an
     * article that names Kazakh oil; else {@code subjects} as they are.
     */
    static List<String> withShipper(List<String> subjects, String metric, List<Words.Word> sentenceWords,
                                    List<Mention> sentence, List<Words.Word> words,
                                    Supplier<List<Mention>> articleMentions) {
        if (!metric.equals("cargo.volume") && !metric.equals("cargo.capacity") || !subjects.contains("DE")
                || subjects.contains("KZ")) {
            return subjects;
        }
        boolean druzhba = false;
        boolean oil = false;
        for (Words.Word word : sentenceWords) {
            druzhba |= Words.startsWithAny(word.folded(), DRUZHBA_STEMS);
            oil |= Words.startsWithAny(word.folded(), OIL_STEMS);
        }
        if (!druzhba || !oil) {
            return subjects;
        }
        for (Mention m : sentence) {
            if ("RU".equals(m.code()) && (GoodsOwners.owns(m, words) || fromBeforeOil(m, words))) {
                return subjects;
            }
        }
        if (!namesKazakhOil(articleMentions.get(), words)) {
            return subjects;
        }
        List<String> all = new ArrayList<>(subjects);
        all.add("KZ");
        all.sort(null);
        return List.copyOf(all);
    }

    /** Whether the article names Kazakh oil ("Kazakh crude", "pétrole kazakh", "казахстанской нефти"). */
    private static boolean namesKazakhOil(List<Mention> mentions, List<Words.Word> words) {
        for (Mention m : mentions) {
            if ("KZ".equals(m.code()) && GoodsOwners.owns(m, words)) {
                return true;
            }
        }
        return false;
    }

    /** "oil from Russia", "pétrole de Russie": a country after "from" or "de" right after an oil word. */
    private static boolean fromBeforeOil(Mention m, List<Words.Word> words) {
        int before = Subjects.wordBefore(m, words);
        if (before < 1) {
            return false;
        }
        String word = words.get(before).folded();
        return (word.equals("from") || word.equals("de") || word.equals("du") || word.equals("из"))
                && Words.startsWithAny(words.get(before - 1).folded(), OIL_STEMS);
    }
}
