package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Goods caught at a border or by an inspector: seized, confiscated, smuggled, found in a lorry, undeclared, turned
 * back ("нашли 13 тонн насвая без документов", "838 тонн не допущено к ввозу", "выявил 215 случаев поставки
 * карантинных товаров ..., что в четыре раза превышает", "декларацияда көрсетілмеген 2,5 тонна көкөністерді"). What an
 * inspector or a border guard stops is the record of a control, one event's load, not the trade or the freight between
 * two countries that a trade or freight word nearby made of it: `other`. Every language of the corpus says it by a
 * verb or an adjective of catching or hiding near the figure, which is what is read here, not the goods' names.
 */
final class SeizedGoods {

    /** Whole words of catching or hiding (folded). */
    private static final Set<String> CAUGHT_WORDS = Set.copyOf(Words.foldAll("seized", "seizure", "seizures",
            "confiscated", "undeclared", "illegally", "intercepted", "nashli", "нашли", "saisi", "saisie", "saisies",
            "saisis", "illégalement"));
    /** Stems of catching or hiding (folded): English, French, Russian, Kazakh and Uzbek words in every form. */
    private static final List<String> CAUGHT_STEMS = Words.foldAll("smuggl", "contraband", "contreband", "confisqu",
            "контрабанд", "изъят", "изъял", "задержан", "задержал", "обнаружен", "обнаружил", "выявлен", "выявил",
            "незаконн", "недопущен", "незадекларир", "недекларир", "тәркіл", "заңсыз", "декларацияланбаған",
            "kontraband", "musodara", "мусодара", "noqonuniy", "ноқонуний");
    private static final WordStems CAUGHT = FigureMetrics.wordsOrStems(CAUGHT_WORDS, CAUGHT_STEMS);
    /** Words that catch only after a negation or a word of declaring: "не допущено", "декларацияда көрсетілмеген". */
    private static final List<String> AFTER_A_NEGATION = Words.foldAll("допущен");
    private static final List<String> AFTER_A_DECLARATION = Words.foldAll("көрсетілмеген", "кўрсатилмаган");
    /** Both kinds of second words, the cheap test asked of the sentence first. */
    private static final WordStems SECOND_WORDS = FigureMetrics.wordsOrStems(Set.of(),
            Stream.concat(AFTER_A_NEGATION.stream(), AFTER_A_DECLARATION.stream()).toList());
    /** How far before the figure, and after it, the word may stand in the figure's sentence. */
    private static final int BEFORE = 120;
    private static final int AFTER = 60;

    private SeizedGoods() {
    }

    /** Whether a trade or freight figure stands near a word that makes it goods caught at a control (class comment). */
    static boolean caught(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure, String metric) {
        if (!metric.startsWith(FigureAnnotator.TRADE) && !metric.startsWith("cargo.")) {
            return false;
        }
        boolean single = FigureMetrics.names(context, sentence, CAUGHT);
        if (!single && !FigureMetrics.names(context, sentence, SECOND_WORDS)) {
            return false; // the sentence's answers are kept for all its figures
        }
        List<Words.Word> words = context.words();
        int from = Math.max(sentence.start(), figure.start() - BEFORE);
        int to = Math.min(sentence.end(), figure.end() + AFTER);
        for (int i = context.wordStarts().at(from); i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= to) {
                break;
            }
            if (word.start() >= figure.start() && word.end() <= figure.end()) {
                continue;
            }
            if (single && CAUGHT.startsAny(word)) {
                return true;
            }
            if (i > 0 && words.get(i - 1).start() >= sentence.start()) {
                String previous = words.get(i - 1).folded();
                if (Words.startsWithAny(word.folded(), AFTER_A_NEGATION) && "не".equals(previous)) {
                    return true;
                }
                if (Words.startsWithAny(word.folded(), AFTER_A_DECLARATION)
                        && (previous.startsWith("деклара") || previous.startsWith("deklara"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
