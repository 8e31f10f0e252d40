package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;

/**
 * The two sides of a border crossing. People, vehicles or goods counted at a checkpoint or on a stretch of a border
 * pass between the two countries the border divides (decision 6 of round 29: "a crossing of their common border takes
 * both"). A text names the border once by its two sides ("the Kyrgyz-Uzbek section of the state border", "на
 * таджикско-узбекской границе", "between Iran and Turkmenistan ... through two border crossings") and then counts at
 * it with one country or none in the sentence; such a count takes both sides.
 */
final class CrossingSides {

    private CrossingSides() {
    }

    /** What may be counted crossing: people, vehicles and trains counted, goods in tonnes or containers. */
    private static final Set<String> UNITS = Set.of("count", "t", "TEU");

    /** A word of a border or of a point where it is crossed, in the five languages. */
    private static final Pattern CROSSING = Pattern.compile("(?iU)\\b(?:border\\p{L}*|frontier\\p{L}*|frontière\\p{L}*"
            + "|frontali\\p{L}*|checkpoint\\p{L}*|crossings?|границ\\p{L}*|погранич\\p{L}*|погранпереход\\p{L}*|КПП"
            + "|пункт\\p{L}* пропуска|chegara\\p{L}*|шекара\\p{L}*|өткізу пункт\\p{L}*)");

    /**
     * A port or terminal named in the sentence: what it handles is its own country's even when it stands on the border
     * ("a dry port on the China-Kazakh border handled 5,000 trains"; LABEL-FIXES 2026-12-03, a port or
     * terminal takes its country).
     */
    private static final Pattern PORT = Pattern.compile("(?iU)\\b(?:(?:sea|dry )?ports?|terminals?|portuaires?"
            + "|porti|порт(?:а|у|ом|е|ы|ов|ам|ах|ын\\p{L}*)?|терминал\\p{L}*)\\b");

    /**
     * The border or crossing words as a gate asked once per sentence ({@link FigureContext#sentenceFinds}): every match
     * of {@link #CROSSING} holds one of its keys, so the pattern runs only on the few sentences that hold one.
     */
    static final SentenceGate GATE = new SentenceGate(CROSSING, List.of("border", "frontier", "frontière", "frontali",
            "checkpoint", "crossing", "границ", "погранич", "погранпереход", "кпп", "пункт", "chegara", "шекара",
            "өткізу"));

    /** Whether {@link #widen} may change such subjects: one country found, a unit that crosses, no trade metric. */
    static boolean mayWiden(List<String> subjects, String unit, String metric) {
        return subjects.size() == 1 && UNITS.contains(unit) && (metric.equals("other") || metric.startsWith("cargo."));
    }

    /** Two sides written as a pair: joined by a dash ("Kyrgyz-Uzbek", "таджикско-узбекской") or "X and Y". */
    private static final Pattern DASH = Pattern.compile("^\\s*[-–—]\\s*$");
    private static final Pattern AND = Pattern.compile("(?iU)^\\s+(?:and|et|и|va|және|мен)\\s+$");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?iU)\\b(?:between|entre|между)\\s+$");

    /** How far a border word may stand from the pair that names its sides ("section of the state border"). */
    private static final int REACH = 32;

    /**
     * Both sides of the border the figure's sentence counts at, when the subjects found so far are one of them; else
     * the subjects unchanged. The pair is sought in the sentence, then its paragraph, then the whole text.
     */
    static List<String> widen(List<String> subjects, String unit, String metric, String text, int sentenceStart,
                              int sentenceEnd, List<Mention> all) {
        if (subjects.size() != 1 || !UNITS.contains(unit)
                || !(metric.equals("other") || metric.startsWith("cargo."))
                || !CROSSING.matcher(text.substring(sentenceStart, sentenceEnd)).find()
                || PORT.matcher(text.substring(sentenceStart, sentenceEnd)).find()) {
            return subjects;
        }
        int paragraphStart = text.lastIndexOf("\n\n", sentenceStart);
        paragraphStart = paragraphStart < 0 ? 0 : paragraphStart;
        int paragraphEnd = text.indexOf("\n\n", sentenceEnd);
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        List<String> pair = pairIn(text, all, sentenceStart, sentenceEnd);
        if (pair == null && POINT.matcher(text.substring(sentenceStart, sentenceEnd)).find()) {
            // (a point of crossing, not the border alone: "troops sent to the border with Afghanistan" are one side's)
            pair = borderWith(subjects.get(0), text, all, sentenceStart, sentenceEnd);
        }
        if (pair == null) {
            pair = pairIn(text, all, paragraphStart, paragraphEnd);
        }
        if (pair == null) {
            pair = pairIn(text, all, 0, text.length());
        }
        return pair != null && pair.contains(subjects.get(0)) ? pair : subjects;
    }

    /** A point where a border is crossed. */
    private static final Pattern POINT = Pattern.compile("(?iU)\\b(?:checkpoint\\p{L}*|crossings?|КПП"
            + "|пункт\\p{L}* пропуска|погранпереход\\p{L}*|poste\\p{L}* frontali\\p{L}*|poste-frontière"
            + "|chegara punkt\\p{L}*|өткізу пункт\\p{L}*)");

    /** A border or crossing word, then "with" and the other side ("the border crossing with China", "на границе с"). */
    private static final Pattern WITH = Pattern.compile("(?iU)\\b(?:border\\p{L}*|frontière\\p{L}*|checkpoint\\p{L}*"
            + "|crossings?|границ\\p{L}*|chegara\\p{L}*|шекара\\p{L}*)\\s+(?:with|avec|со?|bilan)\\s+");

    /**
     * The side the sentence found and the country its border or crossing is "with" ("Kazakhstan's railways ... passed
     * through the Altynkol–Khorgos border crossing with China"), when they differ; else null.
     */
    private static List<String> borderWith(String found, String text, List<Mention> all, int from, int to) {
        Matcher with = WITH.matcher(text).region(from, to);
        while (with.find()) {
            for (Mention m : all) {
                if (m.start() == with.end() && m.kind() == PlaceKind.COUNTRY && !m.code().equals(found)) {
                    return List.of(found, m.code());
                }
            }
        }
        return null;
    }

    /** The first two countries within [from, to) written as a pair beside a border or crossing word; else null. */
    private static List<String> pairIn(String text, List<Mention> all, int from, int to) {
        Mention previous = null;
        for (Mention m : all) {
            if (m.start() < from || m.end() > to || m.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            if (previous != null && !previous.code().equals(m.code()) && previous.end() <= m.start()) {
                String gap = text.substring(previous.end(), m.start());
                boolean dash = DASH.matcher(gap).matches();
                boolean and = AND.matcher(gap).matches()
                        && BETWEEN_BEFORE.matcher(text.substring(Math.max(0, previous.start() - 12),
                        previous.start())).find();
                if ((dash || and) && borderBeside(text, previous.start(), m.end(), from, to)) {
                    return List.of(previous.code(), m.code());
                }
            }
            previous = m;
        }
        return null;
    }

    /** Whether a border or crossing word stands right after the pair, or right before it ("frontière tadjiko-"). */
    private static boolean borderBeside(String text, int pairStart, int pairEnd, int from, int to) {
        String after = text.substring(pairEnd, Math.min(to, pairEnd + REACH));
        int stop = after.indexOf('.');
        after = stop < 0 ? after : after.substring(0, stop);
        if (CROSSING.matcher(after).find()) {
            return true;
        }
        String before = text.substring(Math.max(from, pairStart - 14), pairStart);
        return CROSSING.matcher(before).find() && before.strip().split("\\s+").length <= 2;
    }
}
