package io.steppewatch.analysis.figures;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordIds;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * One country's shipments to buyers that a sentence names one by one: "1,200 thousand tons to Uzbekistan, 300
 * thousand tons to Tajikistan", "vers l'Ouzbékistan, 2 millions de tonnes ont été livrées", "поставки в
 * Узбекистан составили 738 тысяч тонн". The labels give each such figure the exporter and the buyer written next to
 * it (gold-g: wheat exported by destination is a product flow with the exporter and the buyer; gold-j and gold-n:
 * product flows by destination take the exporter first), even when the sentence leaves the exporter to the article.
 */
final class ProductFlows {

    private ProductFlows() {
    }

    /** Beginnings of the verbs whose subject is an exporter ("has exported", "a exporté", "экспортировал"). */
    private static final WordStems EXPORT_VERBS = WordStems.of(Words.foldAll("exported", "exporting", "exporte",
            "экспортирова", "экспортирует", "вывез", "экспорттад"));
    /** Beginnings of the verbs and nouns that make a country a buyer ("Tajikistan imported", "il a importé"). */
    private static final WordStems IMPORT_WORDS = WordStems.of(Words.foldAll("imported", "importing", "importe",
            "imports", "импортирова", "импортирует", "ввез", "импорттад"));
    private static final WordStems NO_VERBS = WordStems.of(List.of());
    /** "export" and "exports" as verbs: right after the country ("Kazakhstan exports 7 mln tons") or after "to". */
    private static final Set<String> BARE_EXPORT = Set.of("export", "exports");
    /** Words before a country that make it where a shipment goes ("to Uzbekistan", "vers l'Ouzbékistan", "к"). */
    private static final Set<String> TO_WORDS = WordSet.copyOf(Words.foldAll("to", "into", "towards", "vers", "к",
            "ко"));
    /** Russian "в", which is "to" before a name in the accusative ("в Узбекистан") and "in" before a locative. */
    private static final Set<String> INTO_WORDS = WordSet.copyOf(Words.foldAll("в", "во"));
    /** Words the article skips between a preposition and a country ("to the Kyrgyz Republic", "vers l'Iran"). */
    /** Beginnings of words that speak of goods sent ("exports", "shipped", "livraisons", "поставки", "отгружено"). */
    private static final WordStems SHIPPING_WORDS = WordStems.of(Words.foldAll("export", "import", "ship", "deliver",
            "sent", "livr", "achemin", "expedi", "экспорт", "импорт", "постав", "отгруж", "отправ", "вывез", "вывоз"));
    /** How many words after a country a verb of export or import may stand ("Kazakhstan has begun exporting"). */
    private static final int VERB_REACH = 3;

    /**
     * The first country that the headline, else the body, makes the subject of a verb of export ("Kazakhstan to export
     * 5mln tons of wheat", "en 2023, le Kazakhstan a exporté 11,5 millions de tonnes de blé"), or null.
     */
    static String exporter(List<Mention> titleMentions, List<Words.Word> titleWords, String title,
                           List<Mention> bodyMentions, List<Words.Word> bodyWords, String body) {
        String found = exporterIn(titleMentions, titleWords, title);
        return found != null ? found : exporterIn(bodyMentions, bodyWords, body);
    }

    private static String exporterIn(List<Mention> mentions, List<Words.Word> words, String text) {
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.COUNTRY && !Subjects.REGION.equals(m.code()) && !words.isEmpty()
                    && exportVerbMayFollow(m, words) && subjectOf(m, words, text, EXPORT_VERBS, true)) {
                return m.code();
            }
        }
        return null;
    }

    /** A word that {@link #subjectOf} may take as the verb of an exporter: one of EXPORT_VERBS, "export", "exports". */
    private static final WordStems EXPORT_VERB_OR_BARE = WordStems.asking(
            folded -> EXPORT_VERBS.answer(WordIds.NONE, folded) || BARE_EXPORT.contains(folded));

    /**
     * Whether one of the words {@link #subjectOf} reads after a mention may be an exporter's verb: it makes the
     * country an exporter only by such a word, and most countries of a body have none after them, which this tells by
     * the words' numbers before subjectOf reads the words around the mention and the gaps between them.
     */
    private static boolean exportVerbMayFollow(Mention m, List<Words.Word> words) {
        int next = Subjects.indexAt(words, m.end());
        for (int i = next; i < Math.min(words.size(), next + VERB_REACH); i++) {
            if (EXPORT_VERB_OR_BARE.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a country is the subject of one of {@code verbs} within a few words after it, no preposition before it
     * ("exported to Russia" makes Russia no exporter); {@code bare} also takes "export" and "exports" as verbs.
     */
    private static boolean subjectOf(Mention m, List<Words.Word> words, String text, WordStems verbs, boolean bare) {
        int before = Subjects.wordBefore(m, words);
        if (before >= 0 && (TO_WORDS.contains(words.get(before).folded())
                || INTO_WORDS.contains(words.get(before).folded()))) {
            return false;
        }
        int next = Subjects.indexAt(words, m.end());
        for (int i = next; i < Math.min(words.size(), next + VERB_REACH); i++) {
            Words.Word word = words.get(i);
            if (word.start() < m.end()) {
                continue; // the mention's own last word, at the end of the text
            }
            if (Subjects.gapEndsSentence(text, words.get(i - 1).end(), word.start())) {
                return false;
            }
            if (verbs.startsAny(word)) {
                return true;
            }
            // "Kazakhstan is to export", "Kazakhstan exports 7-8 mln tons": not "Kazakh exports reached", "Kazakhstan's
            // exports", where the noun is the subject
            if (bare && BARE_EXPORT.contains(word.folded()) && (words.get(i - 1).folded().equals("to")
                    || i == next && text.substring(m.end(), word.start()).isBlank() && amountFollows(words, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an amount ("exports about 7 mln tons", "exports over $2 billion"). */
    private static final Set<String> AMOUNT_OPENERS = Set.of("about", "over", "around", "nearly", "some", "more",
            "almost", "up", "roughly", "approximately");

    private static boolean amountFollows(List<Words.Word> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        String folded = words.get(at).folded();
        return !folded.isEmpty() && Character.isDigit(folded.charAt(0)) || AMOUNT_OPENERS.contains(folded);
    }

    /**
     * Whether "export" or "exports" follows a country as its verb: right after it ("Kazakhstan exports 7-8 mln tons")
     * or after "to" within a few words ("Kazakhstan to export", "Kazakhstan is to export", "plans to export").
     */
    static boolean exportsAsVerb(Mention m, List<Words.Word> words, String text) {
        return subjectOf(m, words, text, NO_VERBS, true);
    }

    /**
     * The exporter and the buyer (sorted, as every subject list) of a figure whose sentence names, besides the
     * article's exporter, only countries where goods are sent; the buyer is the one written right after the figure
     * ("428 thousand tons to Tajikistan"), else the last one before it ("Vers la Chine, les envois
     * ont atteint 2 millions de tonnes"). Null when the article has no exporter, the sentence speaks of no shipment or
     * names a country otherwise.
     */
    static List<String> toBuyer(String exporter, int start, int end, String text, List<Words.Word> words,
                                List<Mention> sentence, List<SurfaceFigure> figures) {
        if (exporter == null || sentence.isEmpty()) {
            return null;
        }
        Mention after = null;
        Mention before = null;
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY || Subjects.REGION.equals(m.code()) || m.code().equals(exporter)) {
                continue;
            }
            if (!isBuyer(m, words, text)) {
                return null;
            }
            if (m.start() >= end && after == null && !nextShipmentBetween(start, end, m.start(), text, figures)) {
                after = m;
            } else if (m.end() <= start) {
                before = m;
            }
        }
        Mention buyer = after != null ? after : before;
        if (buyer == null || !speaksOfShipping(sentence, words, text, start)) {
            return null;
        }
        return Subjects.sorted(new LinkedHashSet<>(List.of(exporter, buyer.code())));
    }

    /** Beginnings of words of goods sent abroad ("exports", "exportations", "экспорт", "вывоз", "eksport"). */
    private static final WordStems EXPORT_WORDS = WordStems.of(Words.foldAll("export", "экспорт", "вывез", "вывоз",
            "eksport"));
    /** Beginnings of words of goods brought in ("imports", "importations", "импорт", "ввоз", "import"). */
    private static final WordStems IMPORT_STEMS = WordStems.of(Words.foldAll("import", "импорт", "ввез", "ввоз"));
    /** Units of a quantity of goods. */
    private static final Set<String> MASS_UNITS = Set.of("t", "kg");
    /** How many words after a word of export a preposition may send the goods somewhere ("exported to the regions"). */
    private static final int DESTINATION_REACH = 2;

    /**
     * Whether a figure is a quantity of goods (tonnes, kilograms) that its sentence says were exported, with no import
     * and no destination in it: "about 3 million tons of wheat were exported", "les exportations ont atteint 8
     * millions de tonnes", "экспорт помидоров снизился на 5 тыс. тонн" (gold-h, gold-i, gold-n, gold-o: one
     * country's product exports with no buyer named are the exporter's alone; product flows by destination take the
     * buyer, see {@link #toBuyer}).
     */
    static boolean exportWithoutBuyer(int start, List<Words.Word> words, String text, List<SurfaceFigure> figures) {
        String unit = null;
        for (SurfaceFigure f : figures) {
            if (f.start() == start) {
                unit = f.unit();
            }
        }
        if (unit == null || !MASS_UNITS.contains(unit)) {
            return false;
        }
        int at = Subjects.indexAt(words, start);
        int first = Subjects.gapSentenceStart(words, at, text);
        int end = Subjects.sentenceEnd(words, at, text);
        boolean export = false;
        for (int i = first; i < end && i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (IMPORT_STEMS.startsAny(word)) {
                return false;
            }
            if (EXPORT_WORDS.startsAny(word)) {
                export = true;
                for (int j = i + 1; j < Math.min(end, i + 1 + DESTINATION_REACH) && j < words.size(); j++) {
                    if (TO_WORDS.contains(words.get(j).folded())) {
                        return false;
                    }
                }
            }
        }
        return export;
    }

    static boolean isBuyer(Mention m, List<Words.Word> words, String text) {
        int before = Subjects.wordBefore(m, words);
        if (before >= 0) {
            String word = words.get(before).folded();
            if (TO_WORDS.contains(word)) {
                return true;
            }
            // "в Узбекистан", "в Россию" go there; "в Узбекистане", "в России" happen there
            if (INTO_WORDS.contains(word)) {
                String name = text.substring(m.start(), m.end());
                char lastChar = Character.toLowerCase(name.charAt(name.length() - 1));
                return lastChar != 'е' && lastChar != 'и';
            }
        }
        return subjectOf(m, words, text, IMPORT_WORDS, false);
    }

    /**
     * Whether a buyer written after a figure belongs to another shipment: a figure of the same unit stands between
     * them ("4,186 thousand tons ... including 2,345 thousand tons to Uzbekistan", but not "9,000 tons of rice and
     * 4,000 tons of sugar to Mongolia"), or a comma or a semicolon does
     * ("738,000 tons (49% more), and 298,000 tons were shipped to Tajikistan"); a price between them does not
     * ("1 тонна на $45 миллионов в Объединенные Арабские Эмираты").
     */
    private static boolean nextShipmentBetween(int start, int end, int buyer, String text,
                                               List<SurfaceFigure> figures) {
        String unit = null;
        for (SurfaceFigure f : figures) {
            if (f.start() == start) {
                unit = f.unit();
            }
        }
        for (SurfaceFigure f : figures) {
            if (f.start() >= end && f.start() < buyer && f.unit().equals(unit)
                    && !joinedByAnd(text.substring(end, f.start()))) {
                return true;
            }
        }
        for (int i = end; i < buyer; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';') && !inFigure(i, figures)) {
                return true; // not a number's own comma: "$1,200 million"
            }
        }
        return false;
    }

    /** "and", "et", "и", "va", "және": two shipments joined this way go to the buyer named after both. */
    private static final Set<String> AND_WORDS = WordSet.copyOf(Words.foldAll("and", "et", "и", "va", "ва", "және"));

    /**
     * Whether the text between two figures joins them as one list of goods ("9,000 tons of flour and 4,000 tons of
     * rice to Afghanistan"): no comma or semicolon, and "and" as its last word.
     */
    private static boolean joinedByAnd(String between) {
        if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) {
            return false;
        }
        String[] gap = between.trim().split("\\s+");
        return gap.length > 0 && AND_WORDS.contains(Words.fold(gap[gap.length - 1]));
    }

    private static boolean inFigure(int at, List<SurfaceFigure> figures) {
        for (SurfaceFigure f : figures) {
            if (f.start() <= at && at < f.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean speaksOfShipping(List<Mention> sentence, List<Words.Word> words, String text, int start) {
        int from = Math.min(sentence.get(0).start(), start);
        int to = Math.max(sentence.get(sentence.size() - 1).end(), start);
        int first = Subjects.gapSentenceStart(words, Subjects.indexAt(words, from), text);
        for (int i = first; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= to && i > first
                    && Subjects.gapEndsSentence(text, words.get(i - 1).end(), word.start())) {
                return false;
            }
            if (SHIPPING_WORDS.startsAny(word)) {
                return true;
            }
        }
        return false;
    }
}
