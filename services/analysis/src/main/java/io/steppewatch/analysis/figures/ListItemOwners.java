package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;

/**
 * Values of a list that each belong to one item take that item's party, not a neighbour's (decision 6: an `other`
 * figure takes the parties of what it counts; "a figure in a list takes its own item and the party of the whole").
 * Two grammatical shapes, the same in every language:
 * <ul>
 *   <li>each value written with its own origin: "18 firms from Georgia and 25 from Armenia", "la liste compte 12
 *   sociétés de Turquie, 4 de Chine", "9 компаний из Ирана и 3 из Индии". A value followed (a noun or two between at
 *   most) by a preposition of origin and a country keeps its other parties, drops the origins its sibling values of the
 *   sentence name, and takes its own (counts only: a sum or a share "from" a country is a flow's, whose sides its
 *   metric's rules give);</li>
 *   <li>"respectively" pointing back: "... reaches 70% in Kyrgyzstan and 58% in Tajikistan, while five years earlier
 *   these shares stood at 20% and 11% respectively", "the station will take 16 trains a day, the other 10; until now the
 *   exchange was, respectively, 9 and 6". Values joined in a run (only "and" or a comma between) whose clause names no
 *   party and no list of its own take, in order, the parties of the same number of values of their unit just before
 *   them (in the sentence or the one before).</li>
 * </ul>
 * Changes only figures whose predicted metric is `other`. Runs over an article's annotated figures once they are all
 * known. Stateless.
 */
final class ListItemOwners {

    private ListItemOwners() {
    }

    /** Prepositions of origin, looked up first (cheap) on the lower-cased sentence: " from ", " de ", " d'", " из ". */
    private static final List<String> ORIGIN_KEYS = List.of(" from ", " de ", " d'", " d’", " du ", " из ");

    /**
     * Right after a value: at most two words, then a preposition of origin and the place (an article allowed); the
     * country must begin where the match ends.
     */
    private static final Pattern OWN_ORIGIN = Pattern.compile("^\\s*(?:[\\p{L}\\-]+\\s+){0,2}?"
            + "(?:from|de|du|d['’]|из)\\s*(?:the\\s+|la\\s+|l['’]\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How many characters after the preposition the country may begin (spaces, an article already matched). */
    private static final int ORIGIN_SLACK = 1;

    /** "respectively" in the languages of the corpus. */
    private static final List<String> RESPECTIVELY = List.of("respectively", "respectivement", "соответственно",
            "mos ravishda", "тиісінше", "сәйкесінше");

    /** What may stand between two values of one run: a comma, "and" (and its spaces). */
    private static final Pattern RUN_JOIN = Pattern.compile("^[\\s,]*(?:and|et|и|va|ва|және|мен)?[\\s,]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A list of the clause's own ("Black Sea and Baltic ports"): its values point to it, not back. */
    private static final Pattern OWN_LIST = Pattern.compile("(?:^|[^\\p{L}])(?:and|et|и|va|ва|және|мен|hamda)"
            + "(?:$|[^\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Marks that close the last referent's clause: the words checked start after the first of them. */
    private static final String CLAUSE_MARKS = ",;.";

    /**
     * The figures with each value of a list given its own item's parties, the sentences lower-cased once for all rules
     * through {@code context} (the annotator's, over the same text and sentences).
     */
    static List<ExtractedFigure> withOwners(List<ExtractedFigure> figures, String text,
                                            List<Sentences.Sentence> sentences, List<Mention> mentions,
                                            FigureContext context) {
        if (figures.size() < 2) {
            return figures;
        }
        List<ExtractedFigure> result = withOwnOrigins(figures, text, sentences, mentions, context);
        return withRespectiveReferents(result, text, sentences, mentions, context);
    }

    /** Shape 1: "18 firms from Georgia and 25 from Armenia". */
    private static List<ExtractedFigure> withOwnOrigins(List<ExtractedFigure> figures, String text,
                                                        List<Sentences.Sentence> sentences, List<Mention> mentions,
                                                        FigureContext context) {
        List<ExtractedFigure> result = null;
        String[] origins = null;
        SentenceHolds origin = new SentenceHolds(ORIGIN_KEYS, context);
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || !"count".equals(f.unit()) || !"other".equals(f.metric())
                    || !origin.test(f)) {
                continue;
            }
            if (origins == null) {
                origins = new String[figures.size()];
                for (int k = 0; k < figures.size(); k++) {
                    origins[k] = "count".equals(figures.get(k).unit()) && origin.test(figures.get(k))
                            ? ownOrigin(figures.get(k), text, sentences, mentions) : null;
                }
            }
            String own = origins[i];
            if (own == null) {
                continue;
            }
            TreeSet<String> siblings = new TreeSet<>();
            for (int k = 0; k < figures.size(); k++) {
                if (k != i && origins[k] != null && figures.get(k).offset() >= 0
                        && figures.get(k).sentence().equals(f.sentence())) {
                    siblings.add(origins[k]);
                }
            }
            siblings.remove(own);
            if (siblings.isEmpty()) {
                continue;
            }
            TreeSet<String> subjects = new TreeSet<>(f.subjects());
            subjects.removeAll(siblings);
            subjects.add(own);
            if (subjects.equals(new TreeSet<>(f.subjects()))) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(List.copyOf(subjects)));
        }
        return result == null ? figures : result;
    }

    /**
     * Whether a figure's sentence, lower-cased, holds one of some keys; the answer for the sentence asked last is kept,
     * as the figures of one sentence come one after another, and the lower-cased copy is the context's, made once for
     * all the annotator's gates, where the figure's sentence is the context's (a lower-cased copy per figure cost more
     * than the rule's work).
     */
    private static final class SentenceHolds {
        private final List<String> keys;
        private final FigureContext context;
        private String last;
        private boolean holds;

        SentenceHolds(List<String> keys, FigureContext context) {
            this.keys = keys;
            this.context = context;
        }

        boolean test(ExtractedFigure figure) {
            String sentence = figure.sentence();
            if (!sentence.equals(last)) {
                holds = TextWalks.containsAny(lower(figure), keys);
                last = sentence;
            }
            return holds;
        }

        private String lower(ExtractedFigure figure) {
            if (context != null && figure.offset() >= 0 && figure.offset() < context.text().length()) {
                int index = FigureContext.sentenceOf(context, figure.offset());
                if (context.sentenceText(index).equals(figure.sentence())) {
                    return context.lowerSentence(index);
                }
            }
            return figure.sentence().toLowerCase(Locale.ROOT);
        }
    }

    /** The country a value's own origin names right after it, or null. */
    private static String ownOrigin(ExtractedFigure f, String text, List<Sentences.Sentence> sentences,
                                    List<Mention> mentions) {
        if (f.offset() < 0) {
            return null;
        }
        Sentences.Sentence sentence = Sentences.containing(sentences, f.offset());
        if (sentence == null) {
            return null;
        }
        int after = Math.min(sentence.end(), f.offset() + f.text().length());
        String rest = text.substring(after, Math.min(sentence.end(), after + 60));
        Matcher m = OWN_ORIGIN.matcher(rest);
        if (!m.find()) {
            return null;
        }
        int at = after + m.end();
        for (Mention mention : mentions) {
            if (mention.start() >= at && mention.start() <= at + ORIGIN_SLACK
                    && mention.kind() == PlaceKind.COUNTRY) {
                return mention.code();
            }
            if (mention.start() > at + ORIGIN_SLACK) {
                break;
            }
        }
        return null;
    }

    /** Shape 2: "... these shares stood at 20% and 11% respectively". */
    private static List<ExtractedFigure> withRespectiveReferents(List<ExtractedFigure> figures, String text,
                                                                 List<Sentences.Sentence> sentences,
                                                                 List<Mention> mentions, FigureContext context) {
        List<ExtractedFigure> result = null;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).offset() >= 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt(i -> figures.get(i).offset()));
        SentenceHolds respectively = new SentenceHolds(RESPECTIVELY, context);
        for (int k = 0; k < order.size(); k++) {
            ExtractedFigure first = figures.get(order.get(k));
            if (!respectively.test(first)) {
                continue;
            }
            // the run: values of one unit in one sentence, joined by a comma or "and" only
            int last = k;
            while (last + 1 < order.size() && joined(figures.get(order.get(last)), figures.get(order.get(last + 1)),
                    text)) {
                last++;
            }
            int n = last - k + 1;
            if (n < 2 || (k > 0 && joined(figures.get(order.get(k - 1)), first, text))) {
                k = last;
                continue;
            }
            List<Integer> referents = new ArrayList<>();
            for (int j = k - 1; j >= 0 && referents.size() < n; j--) {
                if (figures.get(order.get(j)).unit().equals(first.unit())) {
                    referents.add(0, order.get(j));
                }
            }
            if (referents.size() < n || !backReference(figures, referents, first, text, sentences, mentions)) {
                k = last;
                continue;
            }
            for (int r = 0; r < n; r++) {
                int index = order.get(k + r);
                ExtractedFigure f = figures.get(index);
                List<String> owner = figures.get(referents.get(r)).subjects();
                if (!"other".equals(f.metric()) || owner.isEmpty() || owner.equals(f.subjects())) {
                    continue;
                }
                if (result == null) {
                    result = new ArrayList<>(figures);
                }
                result.set(index, f.withSubjects(owner));
            }
            k = last;
        }
        return result == null ? figures : result;
    }

    /** Whether {@code b} follows {@code a} in one run: same unit and sentence, a comma or "and" between. */
    private static boolean joined(ExtractedFigure a, ExtractedFigure b, String text) {
        if (!a.unit().equals(b.unit()) || !a.sentence().equals(b.sentence())) {
            return false;
        }
        int from = a.offset() + a.text().length();
        return from <= b.offset() && RUN_JOIN.matcher(text.substring(from, b.offset())).matches();
    }

    /**
     * Whether the run starting at {@code first} points back to the {@code referents}: they stand in its sentence or the
     * one before, each with its own parties, and the words from the last of them to the run name no place and no list.
     */
    private static boolean backReference(List<ExtractedFigure> figures, List<Integer> referents, ExtractedFigure first,
                                         String text, List<Sentences.Sentence> sentences, List<Mention> mentions) {
        Sentences.Sentence own = Sentences.containing(sentences, first.offset());
        if (own == null) {
            return false;
        }
        ExtractedFigure earliest = figures.get(referents.get(0));
        int index = sentences.indexOf(own);
        int floor = index > 0 ? sentences.get(index - 1).start() : own.start();
        if (earliest.offset() < floor) {
            return false;
        }
        TreeSet<String> seen = new TreeSet<>();
        for (int r : referents) {
            ExtractedFigure referent = figures.get(r);
            if (referent.subjects().isEmpty() || !seen.add(String.join(",", referent.subjects()))) {
                return false;
            }
        }
        ExtractedFigure latest = figures.get(referents.get(referents.size() - 1));
        int gapStart = latest.offset() + latest.text().length();
        if (gapStart > first.offset()) {
            return false;
        }
        // past the last referent's own clause ("58% in Tajikistan, whereas ..."): from the first clause mark after it
        for (int at = gapStart; at < first.offset(); at++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(at)) >= 0) {
                gapStart = at + 1;
                break;
            }
        }
        for (Mention mention : mentions) {
            if (mention.start() >= gapStart && mention.start() < first.offset()) {
                return false;
            }
        }
        return !OWN_LIST.matcher(text.substring(gapStart, first.offset())).find();
    }
}
