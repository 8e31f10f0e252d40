package io.steppewatch.analysis.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Splits a text into sentences: at line breaks, and after . ! ? … when a space and a capital letter, a digit
 * or an opening quote follow, unless the dot ends a known abbreviation or a lone initial ("M. Poutine",
 * "U.S."); an abbreviated scale word ("млрд.", "mln.") still ends one before a capitalised common word. Good enough for news
 * prose; cheaper than a full break iterator.
 */
public final class Sentences {

    /** A sentence: offsets in the text, and the paragraph it belongs to. */
    public record Sentence(int start, int end, int paragraph) {
        public String text(CharSequence source) {
            return source.subSequence(start, end).toString();
        }

        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /**
     * Abbreviated scale words that may end a sentence: "составил $5 млрд." then the next sentence. The Latin forms
     * are those of the region's English-language agencies ("12.7 mln. US dollars", "12.7 bn. US dollars"), the French
     * ones ("12,7 mds. de dollars") and the German ones ("12,7 Mio. EUR").
     */
    private static final Set<String> SCALES = Set.of("тыс", "млн", "млрд", "трлн", "thsd", "mln", "bln", "mlrd", "mn",
            "bn", "tn", "trn", "trln", "md", "mds", "mrd", "mrds", "mio");

    /** Words whose dot is no full stop by itself: titles, company forms, Russian abbreviations, and the scale words. */
    private static final Set<String> ABBREVIATIONS = Stream.concat(Stream.of("m", "mm", "mme", "mr", "mrs", "ms", "dr",
            "st", "jr", "inc", "co", "corp", "ltd", "vs", "etc", "no", "p", "pp", "fig", "gen", "col", "lt", "sgt",
            "prof", "г", "гг", "руб", "долл", "т", "им", "ул", "д", "с", "см", "др", "пр"), SCALES.stream())
            .collect(Collectors.toUnmodifiableSet());

    private Sentences() {
    }

    /**
     * The sentences of {@code text}, read only. The figures and the topics of an article both ask for the sentences of
     * its body: the body (one String, which cannot change) is split once, the last text split kept per thread.
     */
    public static List<Sentence> split(CharSequence text) {
        if (!(text instanceof String)) {
            return Collections.unmodifiableList(splitAfresh(text));
        }
        LastSplit last = LAST_SPLIT.get();
        if (last.text != text) {
            last.sentences = Collections.unmodifiableList(splitAfresh(text));
            last.text = text;
        }
        return last.sentences;
    }

    /** The text last split on a thread and its sentences ({@link #split}). */
    private static final class LastSplit {
        private CharSequence text;
        private List<Sentence> sentences;
    }

    private static final ThreadLocal<LastSplit> LAST_SPLIT = ThreadLocal.withInitial(LastSplit::new);

    private static List<Sentence> splitAfresh(CharSequence text) {
        List<Sentence> sentences = new ArrayList<>();
        // The walk reads every char: from an array, not through CharSequence.charAt (a text of Cyrillic letters or
        // Latin ones is stored two ways, and each call asks which).
        char[] chars = text.toString().toCharArray();
        int length = chars.length;
        int start = 0;
        int paragraph = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (c == '\n') {
                add(sentences, text, start, i, paragraph);
                while (i < length && Character.isWhitespace(chars[i])) {
                    i++;
                }
                start = i;
                paragraph++;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
                add(sentences, text, start, i + 1, paragraph);
                i++;
                while (i < length && chars[i] != '\n' && Character.isWhitespace(chars[i])) {
                    i++;
                }
                start = i;
                continue;
            }
            i++;
        }
        add(sentences, text, start, length, paragraph);
        return sentences;
    }

    /**
     * {@code sentences} with each boundary that falls inside a span joined: once the figures of a text are known,
     * no sentence ends inside one ("12,7 млн. Долларов США в марте"), so a rule reading a figure's sentence
     * reads all of it. A joined sentence keeps its first part's paragraph.
     */
    public static <T> List<Sentence> joinAcross(List<Sentence> sentences, List<T> spans, ToIntFunction<T> startOf,
                                                ToIntFunction<T> endOf) {
        if (sentences.size() < 2 || spans.isEmpty()) {
            return sentences;
        }
        // joins[k]: the boundary after sentence k falls inside a span
        boolean[] joins = null;
        for (T span : spans) {
            int first = sentenceAt(sentences, startOf.applyAsInt(span));
            int last = sentenceAt(sentences, endOf.applyAsInt(span) - 1);
            for (int k = Math.max(0, first); k < last; k++) {
                if (joins == null) {
                    joins = new boolean[sentences.size()];
                }
                joins[k] = true;
            }
        }
        if (joins == null) {
            return sentences;
        }
        List<Sentence> joined = new ArrayList<>();
        Sentence current = sentences.get(0);
        for (int k = 1; k < sentences.size(); k++) {
            Sentence next = sentences.get(k);
            if (joins[k - 1]) {
                current = new Sentence(current.start(), next.end(), current.paragraph());
            } else {
                joined.add(current);
                current = next;
            }
        }
        joined.add(current);
        return joined;
    }

    /** The sentence of {@code sentences} (in text order) that holds {@code offset}, or null when none does. */
    public static Sentence containing(List<Sentence> sentences, int offset) {
        int index = sentenceAt(sentences, offset);
        return index >= 0 && sentences.get(index).contains(offset) ? sentences.get(index) : null;
    }

    /** The index of the last sentence starting at or before {@code offset}; -1 before the first. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** Whether the . ! ? or … at {@code at} ends a sentence by the rules above ("млн. тонн", "U.S." do not). */
    public static boolean endsSentence(CharSequence text, int at) {
        int next = at + 1;
        while (next < text.length() && (text.charAt(next) == '»' || text.charAt(next) == '"'
                || text.charAt(next) == '”' || text.charAt(next) == ')')) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int k = next;
        while (k < text.length() && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        if (k >= text.length() || text.charAt(k) == '\n') {
            return true;
        }
        char first = text.charAt(k);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '«' || first == '"'
                || first == '“' || first == '—' || first == '–' || first == '(')) {
            return false;
        }
        if (text.charAt(at) != '.') {
            return true;
        }
        int w = at;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.subSequence(w, at).toString();
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String folded = Words.fold(word);
        if (SCALES.contains(folded) && startsCommonWord(text, k)) {
            // "до $35,1 млрд. Развитие торговли ...": a scale word closes its figure and, before a capitalised common
            // word, the sentence; "млн. долл. США", "51 тыс. ДФЭ" go on (a capital abbreviation follows, or none).
            return true;
        }
        return !ABBREVIATIONS.contains(folded);
    }

    /** Whether a capitalised word of lower-case letters starts at {@code at} ("Развитие", not "США" or "ДФЭ"). */
    private static boolean startsCommonWord(CharSequence text, int at) {
        return at + 1 < text.length() && Character.isUpperCase(text.charAt(at))
                && Character.isLowerCase(text.charAt(at + 1));
    }

    private static void add(List<Sentence> sentences, CharSequence text, int start, int end, int paragraph) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            sentences.add(new Sentence(s, e, paragraph));
        }
    }
}
