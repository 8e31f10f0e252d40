package io.steppewatch.analysis.figures;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;

import io.steppewatch.analysis.text.Words;

/**
 * A text's words with their {@link StartIndex}, handed to the subject rules so that {@link Subjects#indexAt} (the
 * word at a figure's or a mention's offset, asked a dozen times per figure) reads the index the annotator already
 * built instead of searching the list again. Reads through to the words; never changes them.
 */
final class IndexedWords extends AbstractList<Words.Word> implements RandomAccess {

    private final List<Words.Word> words;
    private final StartIndex<Words.Word> starts;
    /** The text the words were split from: the sentence bounds below are of this text only. */
    private final String text;

    IndexedWords(List<Words.Word> words, StartIndex<Words.Word> starts, String text) {
        this.words = words;
        this.starts = starts;
        this.text = text;
    }

    /**
     * The sentence bounds of every word, read in one pass over the text on the first question, for both readings of a
     * sentence's end that {@link Subjects} uses: {@code firstAfterEnd[i]}, the first word of word i's sentence as
     * {@link Subjects#endsSentence} reads the text after each word; {@code firstAfterGap[i]} and {@code pastGap[i]},
     * the first word of its sentence and the index just past its last word as {@link Subjects#gapEndsSentence} reads
     * the gap between two words. The rules walked these bounds a dozen times per figure; now each is one array read.
     * Null until asked.
     */
    private int[] firstAfterEnd;
    private int[] firstAfterGap;
    private int[] pastGap;

    /** Whether a comma stands in the text between two offsets ("По данным ведомства, Швейцария"). */
    boolean commaBetween(int from, int to) {
        for (int c = Math.max(0, from); c < Math.min(to, text.length()); c++) {
            if (text.charAt(c) == ',') {
                return true;
            }
        }
        return false;
    }

    /** The text the words were split from. */
    String text() {
        return text;
    }

    /** Whether the sentence bounds of {@code of}'s words can be read here: the words were split from it. */
    boolean isOf(String of) {
        return of == text;
    }

    /** {@link Subjects}' sentence start (after a word whose end ends a sentence) of word {@code at}, 0 ≤ at < size. */
    int sentenceStart(int at) {
        if (firstAfterEnd == null) {
            readSentences();
        }
        return firstAfterEnd[at];
    }

    /** {@link Subjects#gapSentenceStart} of word {@code at}, 0 ≤ at < size. */
    int gapSentenceStart(int at) {
        if (firstAfterGap == null) {
            readSentences();
        }
        return firstAfterGap[at];
    }

    /** {@link Subjects#sentenceEnd} of word {@code at}, 0 ≤ at < size. */
    int gapSentenceEnd(int at) {
        if (pastGap == null) {
            readSentences();
        }
        return pastGap[at];
    }

    private void readSentences() {
        int n = words.size();
        int[] afterEnd = new int[n];
        int[] afterGap = new int[n];
        int[] past = new int[n];
        for (int i = 1; i < n; i++) {
            int end = words.get(i - 1).end();
            int start = words.get(i).start();
            if (!mayEndSentence(end, start)) {
                afterEnd[i] = afterEnd[i - 1];
                afterGap[i] = afterGap[i - 1];
                continue; // most gaps: a space, a comma
            }
            afterEnd[i] = Subjects.endsSentence(text, end) ? i : afterEnd[i - 1];
            afterGap[i] = Subjects.gapEndsSentence(text, end, start) ? i : afterGap[i - 1];
        }
        for (int i = n - 1; i >= 0; i--) {
            past[i] = i == n - 1 || afterGap[i + 1] == i + 1 ? i + 1 : past[i + 1];
        }
        firstAfterEnd = afterEnd;
        firstAfterGap = afterGap;
        pastGap = past;
    }

    /**
     * Whether the text after a word that ends at {@code end}, up to the next word at {@code start}, holds a char that
     * may end a sentence (. ! ? or a line break): both {@link Subjects#endsSentence} (which reads the char at
     * {@code end}, even where the next word starts right there) and {@link Subjects#gapEndsSentence} say no without
     * one, so their fuller reading is needed only past this test.
     */
    private boolean mayEndSentence(int end, int start) {
        int to = Math.min(Math.max(start, end + 1), text.length());
        for (int c = end; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
                return true;
            }
        }
        return false;
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
    /** Whether a sentence gives a place below the first, in no world ranking ({@link LowerPlaces}). */
    static final int PLACE_BELOW_FIRST = 2;
    private static final int QUESTIONS = 3;

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

    /**
     * The classes of words asked about so far (a word set, a test of a word's folded form; each a constant, known by
     * its identity), and for each, {@code next[i]}: the index of the first word at or after word i of that class
     * ({@code size} if none). Each word is classified once per text; "does the sentence say X" is then one or two
     * array reads however many figures ask it.
     */
    private final List<Predicate<Words.Word>> markedClasses = new ArrayList<>(4);
    private final List<int[]> nextMarks = new ArrayList<>(4);

    /** Index of the first word at or after word {@code from} that passes {@code test}, or {@code size()} if none. */
    int nextIn(Predicate<Words.Word> test, int from) {
        int[] next = null;
        for (int k = 0; k < markedClasses.size() && next == null; k++) {
            next = markedClasses.get(k) == test ? nextMarks.get(k) : null;
        }
        if (next == null) {
            next = marks(test);
            markedClasses.add(test);
            nextMarks.add(next);
        }
        return next[Math.max(0, Math.min(from, next.length - 1))];
    }

    private int[] marks(Predicate<Words.Word> test) {
        int n = words.size();
        int[] next = new int[n + 1];
        next[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            next[i] = test.test(words.get(i)) ? i : next[i + 1];
        }
        return next;
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
