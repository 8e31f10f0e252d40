package io.steppewatch.analysis.figures;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * What the annotator knows of the text it reads, made once per article and shared by the rules for the measure,
 * metric and period of its figures, with the lookups those rules share (sentence of an offset, cues and metrics
 * within a stretch).
 */
record FigureContext(String text, List<Words.Word> words, List<Sentences.Sentence> sentences,
                     List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> metricHits,
                     List<CueLexicon.Hit<String>> cueHits, List<PeriodResolver.Expression> periods,
                     List<Mention> mentions, ArticleFrame article, String presentPeriod,
                     List<SurfaceFigure> surface, boolean undated,
                     List<List<CueLexicon.MetricCue>> headline, String[] sentenceTexts,
                     LastHits<CueLexicon.Hit<String>> lastCues,
                     LastHits<CueLexicon.Hit<List<CueLexicon.MetricCue>>> lastMetrics,
                     StartIndex<Words.Word> wordStarts, StartIndex<Sentences.Sentence> sentenceStarts,
                     StartIndex<Mention> mentionStarts, StartIndex<SurfaceFigure> surfaceStarts,
                     StartIndex<PeriodResolver.Expression> periodStarts, IndexedWords indexedWords,
                     boolean productHeadline, boolean productTradeHeadline, boolean railHeadline,
                     boolean sanctionsHeadline, SentenceFacts facts, boolean plannedHeadline) {
    /** The words of {@code sentence} in order: a view of {@link #words()} from its first word to its last. */
    List<Words.Word> wordsOf(Sentences.Sentence sentence) {
        return words.subList(wordStarts.at(sentence.start()), wordStarts.at(sentence.end()));
    }

    /** The text of sentence {@code index}, copied once for all the figures it holds. */
    String sentenceText(int index) {
        String copy = sentenceTexts[index];
        if (copy == null) {
            copy = sentences.get(index).text(text);
            sentenceTexts[index] = copy;
        }
        return copy;
    }

    /**
     * Whether {@code gate}'s pattern finds a match in {@code sentence}: a gate that every figure of a sentence asks (a
     * word of drills, of casualties, of imports) is answered once per sentence, and only sentences that hold one of
     * its literals run the pattern.
     */
    boolean sentenceFinds(SentenceGate gate, Sentences.Sentence sentence) {
        int index = sentenceOf(this, sentence.start());
        if (!sentences.get(index).equals(sentence)) {
            String whole = sentence.text(text);
            if (gate.folded()) {
                String folded = Words.fold(whole);
                return gate.finds(folded, folded);
            }
            return gate.finds(whole, whole.toLowerCase(Locale.ROOT));
        }
        byte[] known = facts.matches.computeIfAbsent(gate, g -> new byte[sentences.size()]);
        if (known[index] == SentenceFacts.UNKNOWN) {
            boolean found;
            if (gate.folded()) {
                String folded = foldedSentence(index);
                found = gate.finds(folded, folded);
            } else {
                found = gate.finds(sentenceText(index), lowerSentence(index));
            }
            known[index] = found ? SentenceFacts.YES : SentenceFacts.NO;
        }
        return known[index] == SentenceFacts.YES;
    }

    /** Sentence {@code index}'s text in lower case ({@code Locale.ROOT}), lower-cased once for all that ask. */
    String lowerSentence(int index) {
        String lower = facts.lowerTexts[index];
        if (lower == null) {
            lower = sentenceText(index).toLowerCase(Locale.ROOT);
            facts.lowerTexts[index] = lower;
        }
        return lower;
    }

    /** {@link Words#fold} of sentence {@code index}'s text, folded once for all the gates that ask. */
    private String foldedSentence(int index) {
        String folded = facts.foldedTexts[index];
        if (folded == null) {
            folded = Words.fold(sentenceText(index));
            facts.foldedTexts[index] = folded;
        }
        return folded;
    }

    /** The country mentions that start within [from, to), through their start index. */
    List<Mention> mentionsIn(int from, int to) {
        return TextWalks.within(mentions, mentionStarts, from, to);
    }

    /** The figures written in the text that start within [from, to), through their start index. */
    List<SurfaceFigure> surfaceIn(int from, int to) {
        return TextWalks.within(surface, surfaceStarts, from, to);
    }

    /** The period expressions that start within [from, to), through their start index. */
    List<PeriodResolver.Expression> periodsIn(int from, int to) {
        return TextWalks.within(periods, periodStarts, from, to);
    }

    static final int CUE_WINDOW_BEFORE = 80;

    /**
     * The hits of the sentence last asked about: the rules ask again and again for the cues of the sentence of the
     * figure at hand, and the figures come sentence by sentence. One per article, like its FigureContext.
     */
    static final class LastHits<H extends CueLexicon.Hit<?>> {
        private Sentences.Sentence sentence;
        private List<H> hits;

        List<H> of(Sentences.Sentence asked, List<H> all) {
            // the same instance first: the figures of a sentence ask with the one Sentence, and a record's equals
            // (a call through its generated method) costs more than the rest of the question
            if (asked != sentence && !asked.equals(sentence)) {
                hits = hitsWithin(all, asked.start(), asked.end());
                sentence = asked;
            }
            return hits;
        }
    }

    /**
     * What the rules decide of a sentence alone, decided once per sentence: every figure of a sentence asks the same
     * of it. Indexed by the sentence's index; one per text, like its FigureContext.
     */
    static final class SentenceFacts {
        static final byte UNKNOWN = 0;
        static final byte NO = 1;
        static final byte YES = 2;

        /** {@link FigurePeriods#pointsBackAtPeriod} of each sentence, or UNKNOWN. */
        final byte[] pointsBack;
        /** {@link FigureAnnotator#paragraphMentions} of each sentence, or null until asked. */
        final List<Mention>[] paragraphMentions;
        /** {@link FigurePeriods#carried} of each sentence by how it was asked, or null until asked (see {@link CarriedKey}). */
        final Map<CarriedKey, String>[] carried;
        /** {@link FigurePeriods#lastPeriodBefore}'s walk over the text's periods, taken once for all its figures. */
        final FigurePeriods.PeriodWalk lastPeriods = new FigurePeriods.PeriodWalk();
        /** {@link FigurePeriods#isBase} of the period expression starting at each offset of the text, or UNKNOWN. */
        final byte[] bases;
        /** {@link FigurePeriods#lastPeriodOf} of each sentence (null for none), once {@link #periodOfKnown} says so. */
        final String[] periodOf;
        final boolean[] periodOfKnown;
        /** Whether each sentence says "as of" or "по состоянию на" ({@link FigurePeriods#saysAsOf}), or UNKNOWN. */
        final byte[] saysAsOf;
        /** Whether each sentence gives a place below the first in a ranking ({@link RankedPlaces}), or UNKNOWN. */
        final byte[] lowerPlaces;
        /** Per gate, whether each sentence holds a match ({@link FigureContext#sentenceFinds}), or UNKNOWN. */
        final Map<SentenceGate, byte[]> matches = new IdentityHashMap<>();
        /** Per word list, whether each sentence names one of its words ({@link FigureMetrics}' names), or UNKNOWN. */
        final Map<WordStems, byte[]> named = new IdentityHashMap<>();
        /** Each sentence's text in lower case, or null until a gate asks. */
        final String[] lowerTexts;
        /** Each sentence's text folded ({@link Words#fold}), or null until a folded gate asks. */
        final String[] foldedTexts;
        /** Whether the text has a word dating its events against the publication ({@link EventDating}), or UNKNOWN. */
        byte datesEvents;
        /** Where the last figure read as one product's flow starts (FigureAnnotator), or -1. */
        int productFlowAt = -1;

        @SuppressWarnings("unchecked")
        SentenceFacts(int sentences, int textLength) {
            bases = new byte[textLength + 1];
            pointsBack = new byte[sentences];
            paragraphMentions = (List<Mention>[]) new List<?>[sentences];
            carried = (Map<CarriedKey, String>[]) new Map<?, ?>[sentences];
            periodOf = new String[sentences];
            periodOfKnown = new boolean[sentences];
            saysAsOf = new byte[sentences];
            lowerPlaces = new byte[sentences];
            lowerTexts = new String[sentences];
            foldedTexts = new String[sentences];
        }
    }

    /**
     * What {@link FigurePeriods#carried} depends on besides its sentence: every figure of a sentence in one unit asks the same
     * question (the sentence's previous sentence and whether it continues are the sentence's own).
     */
    record CarriedKey(boolean previous, boolean continues, int paragraphs, String unit) {
    }

    static int sentenceOf(List<Sentences.Sentence> sentences, int offset) {
        int after = StartIndex.lowerBound(sentences, Sentences.Sentence::start, offset + 1);
        return Math.max(0, after - 1);
    }

    static int sentenceOf(FigureContext context, int offset) {
        return Math.max(0, context.sentenceStarts().at(offset + 1) - 1);
    }

    static List<CueLexicon.Hit<String>> cuesIn(FigureContext context, Sentences.Sentence sentence) {
        return context.lastCues().of(sentence, context.cueHits());
    }

    static List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> metricsIn(FigureContext context,
                                                                    Sentences.Sentence sentence) {
        return context.lastMetrics().of(sentence, context.metricHits());
    }

    /**
     * {@link TextWalks#within} for cue hits, the lists asked most often (for every figure, of its sentence): with the
     * start read directly, the search is not slowed by a key function shared with five other kinds of item.
     */
    static <H extends CueLexicon.Hit<?>> List<H> hitsWithin(List<H> hits, int from, int to) {
        return hits.subList(hitLowerBound(hits, from), hitLowerBound(hits, to));
    }

    private static int hitLowerBound(List<? extends CueLexicon.Hit<?>> hits, int key) {
        int low = 0;
        int high = hits.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (hits.get(mid).start() < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static boolean hasCue(FigureContext context, Sentences.Sentence sentence, String kind) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.value().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue ends before the figure, within the cue window. */
    static boolean nearBefore(CueLexicon.Hit<?> hit, SurfaceFigure figure) {
        return hit.end() <= figure.start() && figure.start() - hit.end() <= CUE_WINDOW_BEFORE;
    }

    /** Whether the cue starts after the figure, at most {@code window} chars after it. */
    static boolean nearAfter(CueLexicon.Hit<?> hit, SurfaceFigure figure, int window) {
        return hit.start() >= figure.end() && hit.start() - figure.end() <= window;
    }

    static boolean cueBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure, String kind) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.value().equals(kind) && nearBefore(hit, figure)) {
                return true;
            }
        }
        return false;
    }

    /** Signs that open an item of a list written one item a line: "— Казахстан – 538 тыс. тонн", "• China: 12%". */
    private static final String LIST_MARKS = "—–-•·*";

    /**
     * The index of the sentence that opens, with a colon, the list whose item the sentence at {@code index} is
     * (each item a line of its own that starts with a dash or a bullet); -1 when it is no such item.
     */
    static int listIntro(FigureContext context, int index) {
        int k = index;
        while (k >= 0 && listItem(context, context.sentences().get(k))) {
            k--;
        }
        if (k == index || k < 0) {
            return -1;
        }
        Sentences.Sentence intro = context.sentences().get(k);
        String text = context.text();
        int end = Math.min(intro.end(), text.length());
        while (end > intro.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > intro.start() && text.charAt(end - 1) == ':' ? k : -1;
    }

    private static boolean listItem(FigureContext context, Sentences.Sentence sentence) {
        String text = context.text();
        int i = sentence.start();
        while (i < sentence.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= sentence.end() || LIST_MARKS.indexOf(text.charAt(i)) < 0 && !isSymbol(text.codePointAt(i))
                && !yearRow(text, i) && !namedRow(text, i, sentence.end())) {
            return false;
        }
        int line = i; // the mark opens its line
        while (line > 0 && (text.charAt(line - 1) == ' ' || text.charAt(line - 1) == '\u00A0')) {
            line--;
        }
        return line == 0 || text.charAt(line - 1) == '\n';
    }

    /**
     * A row of a table written as prose, a year then a dash or a colon ("2013 - 18.2 million tons", "2024: 5,1 млн
     * тонн"): an item of the list its opening line announces, as a bulleted one is.
     */
    private static boolean yearRow(String text, int i) {
        if (i + 4 >= text.length() || !(text.startsWith("19", i) || text.startsWith("20", i))) {
            return false;
        }
        for (int k = i + 2; k < i + 4; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        int k = i + 4;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == ':' || LIST_MARKS.indexOf(text.charAt(k)) >= 0);
    }

    /** The most characters of the name that opens an unmarked row ("Turkmenistan: $10.6 billion"). */
    private static final int ROW_NAME_REACH = 40;

    /**
     * A row written with no mark, a name then a colon or a dash and the figure ("Uzbekistan: $13.7 billion (14.5%)",
     * "Japon — 2 milliards de dollars ;"): an item of the list its opening line announces, as a bulleted
     * one is. The name opens with a capital and holds letters, spaces, hyphens and apostrophes only; a digit or a
     * currency sign follows the separator.
     */
    private static boolean namedRow(String text, int i, int end) {
        if (!Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        int limit = Math.min(end, i + ROW_NAME_REACH);
        for (int k = i + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (c == ':' || (c == '—' || c == '–' || c == '-') && text.charAt(k - 1) == ' ') {
                int next = k + 1;
                while (next < end && (text.charAt(next) == ' ' || text.charAt(next) == '\u00A0')) {
                    next++;
                }
                return next < end && (Character.isDigit(text.charAt(next)) || text.charAt(next) == '$'
                        || text.charAt(next) == '€');
            }
            if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return false;
    }

    /** A pictograph used as a bullet ("✅ Kazakhstan — 3,4 milliards", "🔹 China: 12%"). */
    private static boolean isSymbol(int codePoint) {
        return Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    static String sentenceText(FigureContext context, Sentences.Sentence sentence) {
        return context.text().substring(sentence.start(), sentence.end());
    }}
