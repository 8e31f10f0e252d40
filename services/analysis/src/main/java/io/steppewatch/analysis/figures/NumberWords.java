package io.steppewatch.analysis.figures;

import java.text.ParsePosition;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import io.steppewatch.analysis.text.WordIdSet;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Numbers written in words, read with ICU's rule-based spell-out rules: "deux milliards de dollars",
 * "twenty percent", "двадцать пять процентов", "thirteen dollars and forty-five cents".
 *
 * <p>Only a run of number words followed by a unit becomes a figure: "six nations" or "deux pays" would
 * flood the figure ledger with small counts. The words that can make up a number are found by asking ICU
 * to spell numbers out, not from a hand-made list. ICU's formatters are not thread-safe, so each thread
 * keeps its own.
 */
final class NumberWords {

    private static final List<String> LANGUAGES = List.of("en", "fr", "ru");
    private static final Set<String> NEGATIVE = Set.of("minus", "moins", "soustraire", "минус");
    private static final Set<String> CENT_WORDS = Set.of("cent", "cents", "centimes");
    private static final NumberWords SHARED = new NumberWords();

    private final Map<String, Set<String>> vocabulary = new HashMap<>();
    /** The same words, asked about with a text's words by their numbers (the first pass over every word). */
    private final Map<String, WordIdSet> numbered = new HashMap<>();
    private final ThreadLocal<Map<String, RuleBasedNumberFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    private NumberWords() {
        for (String language : LANGUAGES) {
            RuleBasedNumberFormat format = newFormat(language);
            Set<String> words = new HashSet<>();
            for (long n = 0; n <= 100; n++) {
                addWords(words, format.format(n));
            }
            for (long n : new long[] {200, 300, 400, 500, 600, 700, 800, 900, 1000, 2000, 5000, 1_000_000, 2_000_000,
                5_000_000, 1_000_000_000L, 2_000_000_000L, 5_000_000_000L, 1_000_000_000_000L, 2_000_000_000_000L}) {
                addWords(words, format.format(n));
            }
            words.remove("et"); // "et" joins "vingt et un" but is mostly the conjunction
            words.remove("and");
            words.remove("и");
            vocabulary.put(language, new Vocabulary(WordSet.copyOf(words)));
            numbered.put(language, WordIdSet.of(words));
        }
    }

    /**
     * The number words of a language, asked about every word of every text: a word whose first char starts no
     * number word (most words, every figure in digits) is answered without hashing it.
     */
    private static final class Vocabulary extends AbstractSet<String> {
        private final Set<String> words;
        private final boolean[] firstChars = new boolean[0x500];

        Vocabulary(Set<String> words) {
            this.words = words;
            for (String word : words) {
                if (!word.isEmpty() && word.charAt(0) < firstChars.length) {
                    firstChars[word.charAt(0)] = true;
                }
            }
        }

        @Override
        public boolean contains(Object o) {
            if (o instanceof String word && !word.isEmpty() && word.charAt(0) < firstChars.length
                    && !firstChars[word.charAt(0)]) {
                return false;
            }
            return words.contains(o);
        }

        @Override
        public Iterator<String> iterator() {
            return words.iterator();
        }

        @Override
        public int size() {
            return words.size();
        }
    }

    static NumberWords shared() {
        return SHARED;
    }

    private static void addWords(Set<String> words, String spelled) {
        for (Words.Word word : Words.split(spelled)) {
            words.add(word.folded());
        }
    }

    private RuleBasedNumberFormat format(String language) {
        return formats.get().computeIfAbsent(language, NumberWords::newFormat);
    }

    private static RuleBasedNumberFormat newFormat(String language) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    }

    /** Figures written in words in {@code text}; none overlap {@code digits}, the figures already found. */
    List<SurfaceFigure> figures(String text, List<Words.Word> known, String language, UnitLexicon units,
                                List<SurfaceFigure> digits) {
        Set<String> words = vocabulary.get(language);
        if (words == null) {
            return List.of();
        }
        List<SurfaceFigure> found = new ArrayList<>();
        List<Words.Word> split = known;
        WordIdSet numberedWords = numbered.get(language);
        int firstNumberWord = split == null ? 0 : firstIn(split, numberedWords);
        if (split != null && firstNumberWord == split.size()) {
            return List.of();
        }
        int i = split != null ? text.length() : 0;
        int length = text.length();
        // Cheap pre-check on raw words, so that a text without number words costs one pass and no ICU call.
        while (i < length) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < length && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (words.contains(Words.fold(text.substring(i, j)))) {
                split = Words.split(text);
                break;
            }
            i = j;
        }
        if (split == null) {
            return List.of();
        }
        // No word before the first number word (when the check above found it) starts a run: the walk starts there.
        int w = split == known ? firstNumberWord : 0;
        // Each word is asked by its number (a bit read), as in the check before: the same words as the vocabulary's.
        while (w < split.size()) {
            if (!numberedWords.contains(split.get(w)) || overlaps(digits, split.get(w).start())) {
                w++;
                continue;
            }
            int last = w;
            while (last + 1 < split.size() && numberedWords.contains(split.get(last + 1))
                    && joined(text, split.get(last).end(), split.get(last + 1).start())) {
                last++;
            }
            SurfaceFigure figure = figure(text, language, units, split, w, last);
            if (figure != null) {
                found.add(figure);
                while (w < split.size() && split.get(w).start() < figure.end()) {
                    w++;
                }
            } else {
                w = last + 1;
            }
        }
        return found;
    }

    /** A run of number words as ICU reads it: the number and how far into the run it goes. */
    private record Parsed(Number value, int index) {
    }

    private static final int PARSE_CACHE_LIMIT = 20_000;
    private final Map<String, Optional<Parsed>> parseCache = new ConcurrentHashMap<>();

    /**
     * ICU's lenient parse of a run, remembered: the runs are few ("one", "двадцать пять", "deux") and the parse
     * costs more than the rest of the figure extraction.
     */
    private Parsed parse(String language, String run) {
        String key = language + '|' + run;
        Optional<Parsed> known = parseCache.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        ParsePosition position = new ParsePosition(0);
        Number number = format(language).parse(run, position);
        Parsed parsed = number == null || position.getIndex() == 0 ? null : new Parsed(number, position.getIndex());
        if (parseCache.size() < PARSE_CACHE_LIMIT) {
            parseCache.put(key, Optional.ofNullable(parsed));
        }
        return parsed;
    }

    private SurfaceFigure figure(String text, String language, UnitLexicon units, List<Words.Word> split,
                                 int first, int last) {
        int start = split.get(first).start();
        int runEnd = split.get(last).end();
        // ICU's lenient parsing is slow: only call it when a unit or a scale word follows the run, or a percent
        // word precedes it ("percent of twenty").
        if (units.unitAt(text, runEnd) == null && units.scaleAt(text, runEnd) == null
                && ReversePercent.startBefore(text, start) < 0) {
            return null;
        }
        String run = text.substring(start, split.get(last).end());
        Parsed parsed = parse(language, run);
        if (parsed == null) {
            return null;
        }
        Number number = parsed.value();
        int numberEnd = start + parsed.index();
        while (numberEnd > start && !Character.isLetterOrDigit(text.charAt(numberEnd - 1))) {
            numberEnd--;
        }
        double value = number.doubleValue();
        int end = numberEnd;
        UnitLexicon.Found scale = units.scaleAt(text, end);
        if (scale != null) {
            value = FigureExtractor.scaled(value, Double.parseDouble(scale.value()));
            end = scale.end();
        }
        UnitLexicon.Found unit = units.unitAt(text, end);
        if (unit == null) {
            return reversePercent(text, language, units, split, first, start);
        }
        UnitLexicon.Unit found = UnitLexicon.unit(unit.value());
        if (scale == null && FigureAnnotator.TIMES.equals(found.code()) && value == Math.rint(value)
                && !Multiples.isMultiple(text, start, unit.end())) {
            // "il s'y est rendu trois fois", "visited Almaty five times": how often something happened, a
            // count, as the digits' "35 fois" is (FigureExtractor); "deux fois plus", "grew three times" multiply
            return new SurfaceFigure(start, unit.end(), value, "count", numberEnd,
                    FigureExtractor.fold(text.substring(unit.start(), unit.end())), true, false);
        }
        value = FigureExtractor.scaled(value, found.multiplier());
        end = unit.end();
        if (found.isCurrency()) {
            Cents cents = Cents.after(text, end, units);
            if (cents != null) {
                value += cents.value() / 100.0;
                end = cents.end();
            } else {
                SpelledCents spelled = spelledCents(text, language, split, end);
                if (spelled != null) {
                    value += spelled.value() / 100.0;
                    end = spelled.end();
                }
            }
        }
        int figureStart = start;
        if (first > 0 && NEGATIVE.contains(split.get(first - 1).folded())) {
            value = -value;
            figureStart = split.get(first - 1).start();
        }
        if (someDay(text, language, split, first, start, numberEnd, found, unit)) {
            return null;
        }
        return new SurfaceFigure(figureStart, end, value, found.code(), numberEnd, null, true, false);
    }

    /**
     * Whether "one day" is the English adverb "some day" ("will one day run", "we'll meet one day", "We're one day away")
     * rather than a span of a day: no word of duration before it ("for one day", "in one day", "a period of one day").
     * No label of either corpus reads the adverb as a figure (open corpus, round 51: ten in four dev texts).
     */
    private static boolean someDay(String text, String language, List<Words.Word> split, int first, int start,
                                   int numberEnd, UnitLexicon.Unit found, UnitLexicon.Found unit) {
        if (!"en".equals(language) || !FigureAnnotator.DAYS.equals(found.code())
                || unit.end() - unit.start() != 3 || !text.regionMatches(true, start, "one", 0, 3)
                || numberEnd != start + 3) {
            return false;
        }
        return first == 0 || !SPAN_BEFORE_ONE_DAY.contains(split.get(first - 1).folded());
    }

    /** "per cent of twenty-two", "pourcentage de vingt": the number after the percent word. */
    private SurfaceFigure reversePercent(String text, String language, UnitLexicon units, List<Words.Word> split,
                                         int first, int start) {
        int percentStart = ReversePercent.startBefore(text, start);
        if (percentStart < 0) {
            return null;
        }
        ParsePosition position = new ParsePosition(0);
        Number number = format(language).parse(text.substring(start), position);
        if (number == null || position.getIndex() == 0) {
            return null;
        }
        int end = start + position.getIndex();
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return new SurfaceFigure(percentStart, end, number.doubleValue(), "percent", end, null, true, false);
    }

    /** Words before "one day" that make it a span: "for one day", "within one day", "a period of one day". */
    private static final Set<String> SPAN_BEFORE_ONE_DAY = Set.of("for", "in", "within", "over", "than", "per", "each",
            "every", "just", "only", "about", "nearly", "almost", "lasting", "a", "of", "after", "first", "last", "past",
            "next", "single", "least");

    private record SpelledCents(double value, int end) {
    }

    /** "and forty-five cents", "forty five" after a spelled currency amount. */
    private SpelledCents spelledCents(String text, String language, List<Words.Word> split, int end) {
        int w = 0;
        while (w < split.size() && split.get(w).start() < end) {
            w++;
        }
        if (w < split.size() && Set.of("and", "et", "и").contains(split.get(w).folded())) {
            w++;
        }
        if (w >= split.size() || !text.substring(end, split.get(w).start()).replaceAll("(?i)and|et|и", "").isBlank()) {
            return null; // cents follow the amount directly: "forty five", "and forty-five cents", never past a comma
        }
        if (w >= split.size() || !vocabulary.get(language).contains(split.get(w).folded())) {
            return null;
        }
        int start = split.get(w).start();
        int last = w;
        while (last + 1 < split.size() && vocabulary.get(language).contains(split.get(last + 1).folded())
                && !CENT_WORDS.contains(split.get(last + 1).folded())
                && joined(text, split.get(last).end(), split.get(last + 1).start())) {
            last++;
        }
        ParsePosition position = new ParsePosition(0);
        // Only the number words: "quarante-cinq cents" must not be read as 45 x 100.
        Number number = format(language).parse(text.substring(start, split.get(last).end()), position);
        if (number == null || position.getIndex() == 0 || number.doubleValue() >= 100) {
            return null;
        }
        int stop = start + position.getIndex();
        while (stop > start && !Character.isLetterOrDigit(text.charAt(stop - 1))) {
            stop--;
        }
        for (String cent : new String[] {" cents", " cent", " centimes"}) {
            if (text.regionMatches(true, stop, cent, 0, cent.length())) {
                stop += cent.length();
                break;
            }
        }
        return new SpelledCents(number.doubleValue(), stop);
    }

    private static boolean joined(String text, int end, int nextStart) {
        for (int k = end; k < nextStart; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '-' || c == '\u00A0')) {
                return false;
            }
        }
        return nextStart - end <= 2;
    }

    /** Index of the first word of {@code words} in {@code set}, else {@code words.size()}: every text's words are asked. */
    private static int firstIn(List<Words.Word> words, WordIdSet set) {
        for (int i = 0; i < words.size(); i++) {
            if (set.contains(words.get(i))) {
                return i;
            }
        }
        return words.size();
    }

    private static boolean overlaps(List<SurfaceFigure> figures, int at) {
        for (SurfaceFigure figure : figures) {
            if (at >= figure.start() && at < figure.end()) {
                return true;
            }
        }
        return false;
    }
}
