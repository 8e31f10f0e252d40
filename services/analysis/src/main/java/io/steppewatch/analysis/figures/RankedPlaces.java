package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * What a partner's figure measures when its sentence gives the partner a place below the first in a ranking and
 * names nothing measured before the figure: "In second place is Russia with $5.3 billion", "Third place went to
 * Kazakhstan ($2.5 billion)", "На втором месте Россия — 5,1 млрд долларов", "Kuchli uchlikni Qozog'iston 2,8 mlrd
 * dollar bilan yopdi", "Екінші орында Ресей — 5 млрд доллар". A ranking states once what it ranks (the leader's
 * "the largest trade turnover was with China, $6.9 billion") and then lists places: each place measures what the
 * leader's figure does, as the standard's "carried over from the sentence that sets it" reads for a list. The
 * leader is the nearest earlier sentence, in the figure's paragraph or the one or two before, that holds a figure of
 * the same kind (money, or the same unit) and gives a first or a lower place; its first such figure lends its metric.
 * Word lists in English, Russian, French, Kazakh and Uzbek (both scripts); stems take the case endings. Stateless.
 */
final class RankedPlaces {

    /** How many paragraphs before the figure's the ranking's leader may stand. */
    private static final int PARAGRAPH_REACH = 2;

    /** "The meeting took place": an event, no place in a ranking. */
    private static final Set<String> HAPPENING = Set.copyOf(Words.foldAll(
            "take", "takes", "took", "taking", "taken"));
    /** A closed top group: "the top three is closed by", "кучли учлик", "тройка", "үштік". */
    private static final WordStems TOP_GROUP = WordStems.of(Words.foldAll(
            "учлик", "uchlik", "бешлик", "beshlik", "тройк", "пятерк", "үштік", "бестік"));
    /** The word lists as tests of a word, made once rather than at each call ({@link RankingWords}). */
    private static final Predicate<Words.Word> LOWER_WORD = RankingWords.LOWER::startsAny;
    private static final Predicate<Words.Word> FIRST_WORD = RankingWords.FIRST::startsAny;
    private static final Predicate<Words.Word> TOP_GROUP_WORD = TOP_GROUP::startsAny;

    private RankedPlaces() {
    }

    /**
     * {@code annotated} with the metric of its ranking's leader, when its sentence places a partner below the first
     * and names no metric before it; else {@code annotated} itself.
     */
    static ExtractedFigure ranked(ExtractedFigure annotated, SurfaceFigure figure, List<ExtractedFigure> earlier,
                                  FigureContext context) {
        if (annotated.offset() < 0 || !ofItsKind(figure.unit(), figure.isMoney())) {
            return annotated;
        }
        int index = FigureContext.sentenceOf(context, figure.start());
        WordSpans sentences = new WordSpans(context);
        if (!lowerPlaceIn(context, index, sentences)
                || !FigureContext.hitsWithin(context.metricHits(), context.sentences().get(index).start(),
                        figure.start()).isEmpty()) {
            return annotated;
        }
        String leader = leaderMetric(annotated, figure, earlier, context, index, sentences);
        if (leader == null || leader.equals(annotated.metric())) {
            return annotated;
        }
        String relation = annotated.relation().equals(annotated.metric()) ? leader : annotated.relation();
        return new ExtractedFigure(annotated.value(), annotated.unit(), annotated.measure(), leader,
                annotated.subjects(), annotated.period(), annotated.text(), annotated.sentence(), annotated.offset(),
                relation, annotated.traded());
    }

    /** Sums of money, tonnes and cubic metres: what a ranking of partners ranks. */
    private static boolean ofItsKind(String unit, boolean money) {
        return money || "t".equals(unit) || "m3".equals(unit);
    }

    /** The metric of the first figure of the kind of {@code figure} in the nearest earlier ranking sentence. */
    private static String leaderMetric(ExtractedFigure annotated, SurfaceFigure figure, List<ExtractedFigure> earlier,
                                       FigureContext context, int index, WordSpans sentences) {
        int paragraph = context.sentences().get(index).paragraph();
        String found = null;
        int foundIn = -1;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            ExtractedFigure e = earlier.get(i);
            if (e.offset() < 0) {
                break;
            }
            int in = FigureContext.sentenceOf(context, e.offset());
            if (foundIn >= 0 && in != foundIn) {
                break; // the first figure of the leader's sentence is found
            }
            if (in >= index) {
                continue;
            }
            if (context.sentences().get(in).paragraph() < paragraph - PARAGRAPH_REACH) {
                break;
            }
            if (!sameKind(e, annotated)) {
                continue;
            }
            if (foundIn == in || placesAny(context.words(), sentences.firstWord(in), sentences.endWord(in))) {
                found = e.metric();
                foundIn = in;
            }
        }
        return found;
    }

    private static boolean sameKind(ExtractedFigure e, ExtractedFigure annotated) {
        return e.measure() == annotated.measure() && (e.unit().equals(annotated.unit())
                || UnitLexicon.unit(e.unit()).isCurrency() && UnitLexicon.unit(annotated.unit()).isCurrency());
    }

    /** {@link #lowerPlace} of sentence {@code index}'s words, read once for all the figures of the sentence. */
    private static boolean lowerPlaceIn(FigureContext context, int index, WordSpans sentences) {
        byte[] known = context.facts().lowerPlaces;
        if (known[index] == FigureContext.SentenceFacts.UNKNOWN) {
            known[index] = lowerPlace(context.words(), sentences.firstWord(index), sentences.endWord(index))
                    ? FigureContext.SentenceFacts.YES : FigureContext.SentenceFacts.NO;
        }
        return known[index] == FigureContext.SentenceFacts.YES;
    }

    /** Whether words {@code [from, to)} give a place below the first: an ordinal and a place, or a closed top group. */
    static boolean lowerPlace(List<Words.Word> words, int from, int to) {
        return Subjects.anyIn(words, TOP_GROUP_WORD, from, to)
                || Subjects.anyIn(words, LOWER_WORD, from, to) && namesAPlace(words, from, to);
    }

    /** Whether words {@code [from, to)} give any place in a ranking, the first or a lower one. */
    private static boolean placesAny(List<Words.Word> words, int from, int to) {
        return lowerPlace(words, from, to) || Subjects.anyIn(words, FIRST_WORD, from, to);
    }

    private static boolean namesAPlace(List<Words.Word> words, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
            String before = i > from ? words.get(i - 1).folded() : "";
            if (RankingWords.PLACE.startsAny(words.get(i)) && !HAPPENING.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** The word range of each sentence of the text. */
    private record WordSpans(FigureContext context) {

        int firstWord(int sentence) {
            return Subjects.indexAt(context.words(), context.sentences().get(sentence).start());
        }

        int endWord(int sentence) {
            return Subjects.indexAt(context.words(), context.sentences().get(sentence).end());
        }
    }
}
