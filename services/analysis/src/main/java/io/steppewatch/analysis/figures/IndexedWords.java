package io.steppewatch.analysis.figures;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import io.steppewatch.analysis.text.Words;

/**
 * A text's words with their {@link StartIndex}, handed to the subject rules so that {@link Subjects#indexAt} (the
 * word at a figure's or a mention's offset, asked a dozen times per figure) reads the index the annotator already
 * built instead of searching the list again. Reads through to the words; never changes them.
 */
final class IndexedWords extends AbstractList<Words.Word> implements RandomAccess {

    private final List<Words.Word> words;
    private final StartIndex<Words.Word> starts;

    IndexedWords(List<Words.Word> words, StartIndex<Words.Word> starts) {
        this.words = words;
        this.starts = starts;
    }

    /**
     * The last sentence {@link Subjects} walked back through: words {@code [sentenceFrom, sentenceTo]} of
     * {@code sentenceText}, the first of them a sentence's first word and none after it ending one. Any word in it has
     * that first word for its sentence's first; every figure of a sentence asks.
     */
    private String sentenceText;
    private int sentenceFrom = -1;
    private int sentenceTo = -1;

    /** The first word of the sentence of word {@code at} if a walk already found it, else -1. */
    int knownSentenceStart(int at, String text) {
        return text == sentenceText && at >= sentenceFrom && at <= sentenceTo ? sentenceFrom : -1;
    }

    /** Keeps what a walk back from word {@code at} found: the sentence's first word is {@code from}. */
    void knowSentence(int from, int at, String text) {
        sentenceText = text;
        sentenceFrom = from;
        sentenceTo = at;
    }

    /**
     * The last walk forward to a sentence's end ({@link Subjects#gapEndsSentence} between two words): from any word of
     * {@code [endFrom, endTo)} of {@code endText}, the walk ends at word {@code endTo}.
     */
    private String endText;
    private int endFrom = -1;
    private int endTo = -1;

    /** Where a walk forward from word {@code at} ends, if a walk already went past it, else -1. */
    int knownSentenceEnd(int at, String text) {
        return text == endText && at >= endFrom && at < endTo ? endTo : -1;
    }

    void knowSentenceEnd(int at, int to, String text) {
        endText = text;
        endFrom = at;
        endTo = to;
    }

    /** The named route ({@link NamedRoutes#in}) last found in words {@code [routeFrom, routeTo)} of routeText. */
    private String routeText;
    private int routeFrom = -1;
    private int routeTo = -1;
    private List<String> route;

    /** True when {@link #knownRoute} holds the named route of words {@code [from, to)} of {@code text}. */
    boolean knowsRoute(int from, int to, String text) {
        return text == routeText && from == routeFrom && to == routeTo;
    }

    List<String> knownRoute() {
        return route;
    }

    void knowRoute(int from, int to, String text, List<String> found) {
        routeText = text;
        routeFrom = from;
        routeTo = to;
        route = found;
    }

    /** What {@link Subjects} asks of a stretch of words alone: whether it speaks of "the two countries". */
    static final int TWO_COUNTRIES = 0;
    /** Whether the sentence before the one starting at a word speaks of "the region" (asked with that word twice). */
    static final int REGION_WORDS = 1;
    private static final int QUESTIONS = 2;

    /**
     * The last answer to each question: the stretch {@code [factFrom, factTo)} of {@code factText} it was asked about
     * and the answer (0 when none is kept, 1 no, 2 yes). Every figure of a sentence asks the same of it.
     */
    private final String[] factText = new String[QUESTIONS];
    private final int[] factFrom = new int[QUESTIONS];
    private final int[] factTo = new int[QUESTIONS];
    private final byte[] factAnswer = new byte[QUESTIONS];

    /** The kept answer to {@code question} about words {@code [from, to)} of {@code text}: 0 if none, 1 no, 2 yes. */
    byte knownFact(int question, int from, int to, String text) {
        return factText[question] == text && factFrom[question] == from && factTo[question] == to
                ? factAnswer[question] : 0;
    }

    void knowFact(int question, int from, int to, String text, boolean yes) {
        factText[question] = text;
        factFrom[question] = from;
        factTo[question] = to;
        factAnswer[question] = (byte) (yes ? 2 : 1);
    }

    /** Index of the first word starting at or after {@code offset}. */
    int firstAt(int offset) {
        return starts.at(offset);
    }

    @Override
    public Words.Word get(int index) {
        return words.get(index);
    }

    @Override
    public int size() {
        return words.size();
    }
}
