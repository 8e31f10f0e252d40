package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * What one train, ship, truck or plane carries, said with a verb of carrying between the conveyance and its load
 * ("the specially formed train transporting 41 containers", "le train affrété transportant 41 conteneurs", "поезд,
 * перевозящий 41 контейнер", "41 контейнер тиелген пойыз", "41 ta konteyner ortilgan poyezd"): one conveyance's load
 * is no flow or capacity of a route or port (gold-d: a single train or vessel, its containers, its load, its capacity,
 * is `other`). The fixed phrases of the `conveyance` cues ("train transportant", "train carrying") miss the load when a
 * word or a comma stands between the noun and the verb; this reads the words themselves, in both orders: noun, verb,
 * figure (English, French, Russian) and figure, participle, noun (Kazakh, Uzbek). The noun is singular: "1 320 trains
 * transporting 577 600 tonnes" are a route's freight.
 */
final class ConveyanceLoads {

    /** One conveyance, singular, with the Kazakh and Uzbek possessive forms ("пойызы", "poyezdi"). */
    private static final Set<String> ONE_CONVEYANCE = Set.copyOf(Words.foldAll("train", "vessel", "ship", "tanker",
            "ferry", "convoy", "convoi", "truck", "lorry", "barge", "plane", "aircraft", "navire", "bateau", "pétrolier", "camion", "avion",
            "поезд", "состав", "судно", "танкер", "паром", "грузовик", "самолет", "самолёт", "контейнеровоз",
            "сухогруз", "пойыз", "пойызы", "кеме", "кемесі", "ұшақ", "poyezd", "poyezdi", "kema", "kemasi", "parom",
            "samolyot", "поезди", "кема", "кемаси"));
    /** Verbs of carrying that follow their conveyance and come before the load. */
    private static final Set<String> CARRYING = Set.copyOf(Words.foldAll("carrying", "carries", "carried",
            "transporting", "transports", "transported", "hauling", "hauled", "loaded", "laden", "delivering",
            "transportant", "transporte", "transportent", "transportait", "achemine", "acheminant", "acheminait", "chargé", "chargée",
            "contenant", "перевозящий", "перевозящего", "перевозивший", "перевозит", "перевез", "перевёз", "перевезло",
            "везущий", "везущего", "везет", "везёт", "вез", "вёз", "доставил", "доставило", "доставивший", "груженый",
            "гружёный", "загруженный"));
    /** Kazakh and Uzbek participles of carrying and loading, which stand between the load and its conveyance. */
    private static final Set<String> CARRYING_BEFORE_NOUN = Set.copyOf(Words.foldAll("тиелген", "артылған",
            "тасымалдаған", "тасымалдайтын", "жүктелген", "ortilgan", "yuklangan", "tashigan", "tashiyotgan",
            "ортилган", "юкланган", "ташиган", "ташиётган"));
    /**
     * A line, service or fleet named after the conveyance word ("the ferry line carried", "the tanker fleet
     * transported"): that is what carries the load, a flow of its own.
     */
    private static final Set<String> SERVICES = Set.copyOf(Words.foldAll("line", "lines", "service", "services",
            "route", "routes", "link", "fleet", "fleets", "company", "operator", "traffic", "ligne", "lignes", "liaison",
            "flotte", "линия", "линии", "сообщение", "флот", "компания"));
    /** The most words between the verb and the figure ("carrying a maximum of 1,700"). */
    private static final int VERB_TO_FIGURE = 4;
    /** The most words between the conveyance and the verb ("le train spécifié transportant"). */
    private static final int NOUN_TO_VERB = 3;
    /** The most words of a phrase between commas after the conveyance ("transportant 54 conteneurs de 40 pieds"). */
    private static final int APPOSITIVE_WORDS = 8;
    /** The most characters between a colon after a load and an item of its list. */
    private static final int LIST_REACH = 120;
    /** Kazakh and Uzbek: the most words between the figure and the participle ("41 ta konteyner ortilgan"). */
    private static final int FIGURE_TO_PARTICIPLE = 3;

    private ConveyanceLoads() {
    }

    /** Whether one conveyance named with a verb of carrying carries {@code figure}. */
    static boolean carriedByOne(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        return verbBeforeFigure(context, sentence, figure) || participleAfterFigure(context, sentence, figure)
                || itemOfALoadBefore(context, sentence, figure);
    }

    /**
     * "le train transporte 90 tonnes de fret : 60 t de blé, 30 t de coton": the items a
     * colon lists after one conveyance's load are parts of that load (decision 68: a convoy's or consignment's load
     * stays `other`). Only commas stand between the colon and the item.
     */
    private static boolean itemOfALoadBefore(FigureContext context, Sentences.Sentence sentence,
                                             SurfaceFigure figure) {
        String text = context.text();
        int colon = text.lastIndexOf(':', figure.start() - 1);
        if (colon <= sentence.start() || figure.start() - colon > LIST_REACH) {
            return false;
        }
        for (int i = colon + 1; i < figure.start(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '(' || c == ')' || c == '—' || c == '–' || c == '.') {
                return false;
            }
        }
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(colon);
        for (int v = first - 1; v >= 0 && v >= first - 1 - VERB_TO_FIGURE; v--) {
            Words.Word verb = words.get(v);
            if (verb.start() < sentence.start() || TextWalks.crossesClause(text, verb.end(), colon, true)) {
                return false;
            }
            if (CARRYING.contains(verb.folded())) {
                return conveyanceBefore(words, v, sentence, text);
            }
        }
        return false;
    }

    private static boolean verbBeforeFigure(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        String text = context.text();
        int first = context.wordStarts().at(figure.start());
        for (int v = first - 1; v >= 0 && v >= first - 1 - VERB_TO_FIGURE; v--) {
            Words.Word verb = words.get(v);
            if (verb.start() < sentence.start() || TextWalks.crossesClause(text, verb.end(), figure.start(), true)) {
                return false;
            }
            if (CARRYING.contains(verb.folded())) {
                return conveyanceBefore(words, v, sentence, text);
            }
        }
        return false;
    }

    /** A singular conveyance a few words before the verb at {@code verb}, one comma at most between them. */
    private static boolean conveyanceBefore(List<Words.Word> words, int verb, Sentences.Sentence sentence,
                                            String text) {
        int verbStart = words.get(verb).start();
        if (appositiveLoadBetween(words, verb, sentence, text)) {
            return true;
        }
        for (int n = verb - 1; n >= 0 && n >= verb - NOUN_TO_VERB; n--) {
            Words.Word noun = words.get(n);
            if (noun.start() < sentence.start() || !oneCommaAtMost(text, noun.end(), verbStart)) {
                return false;
            }
            if (SERVICES.contains(noun.folded())) {
                return false;
            }
            if (ONE_CONVEYANCE.contains(noun.folded())) {
                return n == 0 || !Character.isDigit(words.get(n - 1).raw().charAt(0));
            }
        }
        return false;
    }

    /**
     * "Le navire, transportant 300 conteneurs, livre 4 000 tonnes": the conveyance, then a phrase between
     * commas that opens with a verb of carrying (its first load), then the verb of the figure. The phrase holds no
     * other stop and at most {@link #APPOSITIVE_WORDS} words.
     */
    private static boolean appositiveLoadBetween(List<Words.Word> words, int verb, Sentences.Sentence sentence,
                                                 String text) {
        if (verb < 3 || !",".equals(text.substring(words.get(verb - 1).end(), words.get(verb).start()).trim())) {
            return false;
        }
        for (int p = verb - 1; p >= 1 && p >= verb - APPOSITIVE_WORDS; p--) {
            Words.Word word = words.get(p);
            if (word.start() < sentence.start()) {
                return false;
            }
            if (CARRYING.contains(word.folded())) {
                String between = text.substring(words.get(p - 1).end(), word.start()).trim();
                if (!",".equals(between) || !oneCommaAtMost(text, word.end(), words.get(verb - 1).end())) {
                    return false;
                }
                // the conveyance right before the comma, or one word before it ("le convoi spécial,")
                for (int n = p - 1; n >= 0 && n >= p - 2; n--) {
                    Words.Word noun = words.get(n);
                    if (noun.start() < sentence.start()) {
                        return false;
                    }
                    if (ONE_CONVEYANCE.contains(noun.folded())) {
                        return n == 0 || !Character.isDigit(words.get(n - 1).raw().charAt(0));
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean participleAfterFigure(FigureContext context, Sentences.Sentence sentence,
                                                 SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        String text = context.text();
        int after = context.wordStarts().at(figure.end());
        for (int p = after; p < words.size() && p < after + FIGURE_TO_PARTICIPLE; p++) {
            Words.Word participle = words.get(p);
            if (participle.end() > sentence.end() || TextWalks.crossesClause(text, figure.end(), participle.start())) {
                return false;
            }
            if (CARRYING_BEFORE_NOUN.contains(participle.folded())) {
                return p + 1 < words.size() && ONE_CONVEYANCE.contains(words.get(p + 1).folded())
                        && !TextWalks.crossesClause(text, participle.end(), words.get(p + 1).start());
            }
        }
        return false;
    }

    private static boolean oneCommaAtMost(String text, int from, int to) {
        int commas = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                commas++;
            } else if (c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–' || c == '.') {
                return false;
            }
        }
        return commas <= 1;
    }
}
