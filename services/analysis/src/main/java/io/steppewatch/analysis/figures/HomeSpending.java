package io.steppewatch.analysis.figures;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A government's investment at home: "the Kazakh government will invest 230 billion tenge in new gates and
 * warehouses", "as part of the government's investment programme, $1.3bn has been directed to projects". The
 * vocabulary's {@code investment.total} is one country's investment in another; a government that spends in a sentence
 * naming no second country spends on its own network, which the labels leave {@code other} (LABEL-FIXES.md, "An
 * investment in a port or a corridor": "a country's spending on its own network"). "The Chinese government will invest
 * $2 billion in Kazakhstan" names two countries and stays an investment.
 */
final class HomeSpending {

    /** Words for a country's government, whole or as beginnings (folded). */
    private static final Set<String> GOVERNMENT_WORDS = Set.copyOf(Words.foldAll("government", "government's",
            "governments", "gouvernement", "hukumat", "hukumati", "ҳукумат", "ҳукумати"));
    private static final List<String> GOVERNMENT_STEMS = Words.foldAll("правительств", "үкімет");

    private HomeSpending() {
    }

    /** Whether an investment figure is a government's spending in a sentence that names at most one country. */
    static boolean atHome(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!governmentBefore(context, sentence, figure)) {
            return false;
        }
        Set<String> countries = new HashSet<>();
        for (Mention mention : context.mentionsIn(sentence.start(), sentence.end())) {
            countries.add(mention.code());
        }
        return countries.size() <= 1;
    }

    private static boolean governmentBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        for (int i = context.wordStarts().at(sentence.start()); i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= figure.start()) {
                return false;
            }
            String folded = word.folded();
            if (GOVERNMENT_WORDS.contains(folded) || Words.startsWithAny(folded, GOVERNMENT_STEMS)) {
                return true;
            }
        }
        return false;
    }
}
