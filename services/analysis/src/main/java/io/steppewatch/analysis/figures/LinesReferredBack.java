package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * The countries of a line a freight figure's sentence points back to. A text names a line once by its places ("the
 * Baku–Turkmenbashi–Baku line", "a station on the Turkmen-Kazakh border", "the station linked Kazakhstan with China")
 * and then counts its freight with a demonstrative ("this route", "between these two ports", "via cet oléoduc", "по
 * данной ветке"). The freight is that line's, so it takes the countries the line was named by (the standard: a route
 * with no corridor name takes the countries it links; decision 4 of round 28: the way as the text gives it), not every
 * country the article names nor the one country the figure's own sentence mentions on the side.
 */
final class LinesReferredBack {

    private LinesReferredBack() {
    }

    /** Demonstratives of the five languages (folded): "this", "ces", "данной", "бұл", "ushbu". */
    private static final Set<String> DEMONSTRATIVES = Set.copyOf(Words.foldAll("this", "these", "that", "those", "ce",
            "cet", "cette", "ces", "этот", "эта", "это", "эти", "этой", "этом", "этому", "этим", "этого", "этих",
            "эту", "данный", "данная", "данной", "данном", "данному", "данным", "данного", "данную", "данных", "бұл",
            "осы", "ushbu", "shu", "bu", "мазкур", "ушбу"));

    /** Numbers that may stand between a demonstrative and its noun ("these two ports", "ces deux ports"). */
    private static final Set<String> PAIRS = Set.copyOf(Words.foldAll("two", "deux", "два", "двух", "двумя", "екі",
            "ikki"));

    /** Beginnings of words of a line, a route, a branch or a port, beside {@link Subjects#isLineWord}'s lines. */
    private static final List<String> WAY_STEMS = Words.foldAll("route", "pipeline", "branch", "itinerair", "trajet",
            "voie", "маршрут", "ветк", "ветв", "направлен", "трубопровод", "жол", "yo'l", "yo‘l", "йўл");

    /**
     * Beginnings of words of a port: "these two ports" point back to a line's two ends, while "this port" points to
     * one place, which the port rules already read.
     */
    private static final List<String> PORT_STEMS = Words.foldAll("port", "порт");

    /** How many sentences back from the pointing sentence its line may stand. */
    private static final int REACH = 4;

    /** Whether a figure of this metric counts freight or length along a line: cargo and route length. */
    static boolean countsAlongLine(String metric) {
        return metric.startsWith("cargo.") || metric.equals("route.length");
    }

    /**
     * The countries of the line the figure's sentence points back to, or null: the sentence (or, when it names no
     * place, the sentence just before it in its paragraph) says a demonstrative before a word of a line, route or
     * port and names no corridor and no line by its places; the line is the nearest sentence before that names one
     * by its places or by the countries it links (in the same paragraph or the two before; a sentence naming a corridor
     * ends the search: the corridor is what the demonstrative points to), else the route the article is about when it
     * names no corridor.
     */
    static List<String> countries(FigureContext context, Sentences.Sentence sentence, String metric) {
        List<Mention> own = context.mentionsIn(sentence.start(), sentence.end());
        if (namesLine(context, own)) {
            return null;
        }
        List<Sentences.Sentence> sentences = context.sentences();
        int at = FigureContext.sentenceOf(context, sentence.start());
        int pointing = -1;
        if (pointsBack(context, sentence)) {
            pointing = at;
        } else if (Subjects.namesNoPlace(own) && at > 0 && sentences.get(at - 1).paragraph() == sentence.paragraph()
                && pointsBack(context, sentences.get(at - 1))
                && !namesLine(context, context.mentionsIn(sentences.get(at - 1).start(), sentences.get(at - 1).end()))) {
            pointing = at - 1;
        }
        if (pointing < 0) {
            return null;
        }
        int paragraph = sentences.get(pointing).paragraph();
        for (int i = pointing - 1; i >= 0 && i >= pointing - REACH; i--) {
            Sentences.Sentence before = sentences.get(i);
            if (before.paragraph() < paragraph - 2) {
                break;
            }
            List<Mention> mentions = context.mentionsIn(before.start(), before.end());
            if (!namesLine(context, mentions) && pointsBack(context, before)) {
                // "D'une longueur de 1.200 km, cet oléoduc ... la Chine a importé ... via cet oléoduc": a sentence that
                // points back to the same line carries the search on from where it stands
                pointing = i;
                paragraph = before.paragraph();
                continue;
            }
            if (mentions.stream().anyMatch(m -> m.kind() == PlaceKind.CORRIDOR)) {
                return null; // "via the Middle Corridor ... via this route": the corridor, which its own rules read
            }
            List<String> line = lineOf(context, mentions);
            if (line != null) {
                // "oil from Kazakhstan ... the deliveries through that route": a shipper's freight on the line takes its
                // whole way, the country it comes from and goes to as the figure's sentence gives them (decision 4)
                return Subjects.withWayEnds(Subjects.withShipper(line, own, context.indexedWords()), metric, own,
                        context.indexedWords(), context.text());
            }
        }
        List<String> route = context.article().route();
        return route.size() >= 2 && context.article().corridors().isEmpty() ? route : null;
    }

    private static boolean namesLine(FigureContext context, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.CORRIDOR) {
                return true;
            }
        }
        return lineOf(context, mentions) != null;
    }

    private static List<String> lineOf(FigureContext context, List<Mention> mentions) {
        List<String> line = Subjects.routeNamedByPlaces(mentions, context.text());
        if (line == null) {
            line = Subjects.linkedCountries(mentions, context.indexedWords());
        }
        return line != null && line.size() >= 2 && line.stream().noneMatch(Subjects.REGION::equals) ? line : null;
    }

    /** Whether the sentence says a demonstrative before a word of a line, a route or a port ("these two ports"). */
    private static boolean pointsBack(FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.wordsOf(sentence);
        for (int i = 0; i < words.size(); i++) {
            if (!DEMONSTRATIVES.contains(words.get(i).folded())) {
                continue;
            }
            int next = i + 1;
            boolean pair = next < words.size() && PAIRS.contains(words.get(next).folded());
            if (pair) {
                next++;
            }
            if (next >= words.size()) {
                continue;
            }
            String folded = words.get(next).folded();
            if (isWayWord(folded) || pair && Words.startsWithAny(folded, PORT_STEMS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWayWord(String folded) {
        return Subjects.isLineWord(folded) || Words.startsWithAny(folded, WAY_STEMS);
    }
}
