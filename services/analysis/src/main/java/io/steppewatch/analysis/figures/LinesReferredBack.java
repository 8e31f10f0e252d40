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
        return countries(context, sentence, metric, List.of());
    }

    /**
     * As above; {@code current} holds the subjects the figure has so far: a line that the sentence names only as its
     * subject ("la ligne", "the pipeline") is looked for only when they are at most one party, since two or more
     * parties already read the line from the sentence or the article.
     */
    static List<String> countries(FigureContext context, Sentences.Sentence sentence, String metric,
                                  List<String> current) {
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
        boolean loose = false;
        if (pointing < 0 && current.size() <= 1 && OWN_ATTRIBUTES.contains(metric)
                && (Subjects.namesNoPlace(own) || onlySources(context, sentence, own))
                && namesLineAsSubject(context, sentence)) {
            // "La ligne s'étend sur 523 kilomètres", "Жаңа теміржолдың ұзындығы 900 шақырымнан асады": a length or
            // capacity whose sentence names no place and has the line itself, with the definite article or (in
            // languages without one) as its opening noun, for its subject is the length of the line named before
            pointing = at;
            loose = true;
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
            if (line == null && loose) {
                line = countriesOfALine(context, before, mentions);
            }
            if (line != null) {
                // "oil from Kazakhstan ... the deliveries through that route": a shipper's freight on the line takes its
                // whole way, the country it comes from and goes to as the figure's sentence gives them (decision 4)
                return Subjects.withWayEnds(Subjects.withShipper(line, own, context.indexedWords()), metric, own,
                        context.indexedWords(), context.text());
            }
        }
        if (loose) {
            // "two neighbours opened the first railway between them" in the lead: the
            // line the lead names with its countries, when no sentence within reach named one
            for (Sentences.Sentence lead : sentences) {
                if (lead.paragraph() != sentences.get(0).paragraph() || lead.start() >= sentence.start()) {
                    break;
                }
                List<Mention> mentions = context.mentionsIn(lead.start(), lead.end());
                List<String> line = lineOf(context, mentions);
                if (line == null) {
                    line = countriesOfALine(context, lead, mentions);
                }
                if (line != null) {
                    return line;
                }
            }
        }
        List<String> route = context.article().route();
        return route.size() >= 2 && context.article().corridors().isEmpty() ? route : null;
    }

    /** The metrics of a line's own attributes: its length and what it can carry. */
    private static final Set<String> OWN_ATTRIBUTES = Set.of("route.length", "cargo.capacity");

    /** Definite articles (folded): "the", "le", "la", "les". */
    private static final Set<String> DEFINITE = Set.copyOf(Words.foldAll("the", "le", "la", "les"));

    /** How many words into its sentence a line word may stand after the definite article. */
    private static final int ARTICLE_REACH = 6;

    /**
     * Whether the sentence's first word of a line or route stands right after a definite article within its first
     * {@link #ARTICLE_REACH} words ("Une fois achevée, la voie ferrée"), or among its first three words with no article
     * ("Жаңа теміржолдың ұзындығы", "Протяженность железной дороги"): the line is what the sentence is about.
     */
    private static boolean namesLineAsSubject(FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.wordsOf(sentence);
        int reach = Math.min(words.size(), ARTICLE_REACH);
        for (int i = 0; i < reach; i++) {
            if (!isWayWord(words.get(i).folded()) && !Words.startsWithAny(words.get(i).folded(), LINE_NOUNS)) {
                continue;
            }
            // ("the new railway", "la nouvelle ligne": one adjective may stand between)
            return i > 0 && DEFINITE.contains(words.get(i - 1).folded())
                    || i > 1 && DEFINITE.contains(words.get(i - 2).folded())
                    || i < 3 && !hasArticles(words) && attributeBeside(words, i);
        }
        return false;
    }

    /** How many countries a sentence may name with a line word for the line to be theirs. */
    private static final int LINE_COUNTRIES = 4;

    /**
     * The countries a sentence names beside a word of a line ("work began on a railway from Kashgar to Kyrgyzstan
     * and Uzbekistan"), when they are two to {@link #LINE_COUNTRIES} and the
     * sentence names no region and no corridor; or null.
     */
    private static List<String> countriesOfALine(FigureContext context, Sentences.Sentence sentence,
                                                 List<Mention> mentions) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.CORRIDOR || Subjects.REGION.equals(m.code())) {
                return null;
            }
            if (m.kind() == PlaceKind.COUNTRY || m.kind() == PlaceKind.CITY) {
                codes.add(m.code());
            }
        }
        if (codes.size() < 2 || codes.size() > LINE_COUNTRIES) {
            return null;
        }
        for (Words.Word word : context.wordsOf(sentence)) {
            String folded = word.folded();
            if (isWayWord(folded) || Words.startsWithAny(folded, LINE_NOUNS)) {
                return List.copyOf(codes);
            }
        }
        return null;
    }

    /** Beginnings of nouns of a line that {@link #isWayWord} leaves out: "la ligne", "линия", "liniya". */
    private static final List<String> LINE_NOUNS = Words.foldAll("ligne", "линия", "линии", "liniya");

    /** Words that open the closing clause naming the source of a figure: "selon", "according to", "по данным". */
    private static final Set<String> SOURCE_WORDS = Set.copyOf(Words.foldAll("selon", "according", "данным",
            "словам", "said", "says", "told", "сообщил", "сообщили", "заявил", "ma'lumotiga", "мәліметінше"));

    /**
     * Whether every place the sentence names stands after a word that opens its source ("six million tonnes a
     * year, the Iranian transport ministry says"): the source's country is no party of the
     * figure (decision 37), so the sentence names no place of its own.
     */
    private static boolean onlySources(FigureContext context, Sentences.Sentence sentence, List<Mention> own) {
        int source = -1;
        for (Words.Word word : context.wordsOf(sentence)) {
            if (SOURCE_WORDS.contains(word.folded())) {
                source = word.start();
                break;
            }
        }
        if (source < 0) {
            return false;
        }
        for (Mention m : own) {
            if (m.start() < source) {
                return false;
            }
        }
        return true;
    }

    /** Beginnings of words of a line's length or capacity: "протяженность", "ұзындығы", "uzunligi", "мощность". */
    private static final List<String> ATTRIBUTE_STEMS = Words.foldAll("протяжен", "длин", "мощност", "пропускн",
            "ұзындығ", "өткізу", "қуат", "uzunlig", "quvvat", "o'tkazish");

    /**
     * Whether a word of length or capacity stands right beside the line word at {@code at}: in languages without
     * articles the line is what is measured when its noun is the measure's possessor ("Протяженность железной
     * дороги", "теміржолдың ұзындығы"), not when it only opens a sentence introducing a new line ("Новая
     * железнодорожная линия ... увеличит пропускную способность участка").
     */
    private static boolean attributeBeside(List<Words.Word> words, int at) {
        return at > 0 && Words.startsWithAny(words.get(at - 1).folded(), ATTRIBUTE_STEMS)
                || at + 1 < words.size() && Words.startsWithAny(words.get(at + 1).folded(), ATTRIBUTE_STEMS);
    }

    /** Whether the sentence is in a language with articles (it says one of them). */
    private static boolean hasArticles(List<Words.Word> words) {
        for (Words.Word word : words) {
            if (DEFINITE.contains(word.folded()) || "a".equals(word.folded()) || "un".equals(word.folded())
                    || "une".equals(word.folded())) {
                return true;
            }
        }
        return false;
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
