package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Words;

/**
 * A product sold to the world is its exporter's alone (decision 6 of round 29: "its total exports to the world ...
 * takes that party alone, even when the headline names a partner"): an `other` figure whose sentence sends the goods
 * "to other countries", "to 14 countries", "abroad", "в 17 стран", "à l'étranger", "24 ta xorijiy mamlakatga" and
 * names no buyer of its own — the tonnes, the money, the count of countries reached — takes the one country the
 * sentence names as the seller, else the article's exporter, never a buyer the headline, the paragraph or a later
 * list of destinations names. Stateless.
 */
final class WorldExports {

    private WorldExports() {
    }

    /** Goods going to the world: a number of countries, "other" or "foreign" countries, abroad, in five languages. */
    static final SentenceGate WORLD = SentenceGate.startingAt(Pattern.compile(
            "\\d[\\d\\s.,]*\\s*(?:ta\\s+|та\\s+)?(?:(?:other|foreign|зарубежных|иностранных|xorijiy|хорижий|шетел\\w*)\\s+)?"
                    + "(?:countries\\b|стран[аы]?\\b|pays\\b|davlat|mamlakat|давлат|мамлакат|елге\\b|елдерге\\b)"
                    + "|\\b(?:other|foreign)\\s+countries\\b|\\babroad\\b|\\boverseas\\b"
                    + "|\\bдруги[ех]\\s+стран|\\bзарубежные\\s+стран|\\bза\\s+рубеж"
                    + "|à\\s+l['’]étranger|\\bautres\\s+pays\\b|\\bpays\\s+étrangers\\b"
                    + "|\\bxorijiy|\\bxorijga\\b|\\bхорижий|\\bхорижга\\b|\\bшетел",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
            List.of("countr", "стран", "pays", "davlat", "mamlakat", "давлат", "мамлакат", "елге", "елдерге",
                    "abroad", "overseas", "рубеж", "étranger", "xorij", "хориж", "шетел"),
            List.of("other", "foreign", "abroad", "overseas", "други", "зарубежные", "за", "à", "autres", "pays", "xorij",
                    "хориж", "шетел"), true);

    /** A word of selling abroad: exports, sold, delivered, supplied, shipped, buyers. */
    static final SentenceGate SOLD = SentenceGate.startingAtKeys(Pattern.compile(
            "\\b(?:export\\w*|sold|sells?|selling|deliver\\w*|supplied|supplies|shipped|shipments?|buyers?"
                    + "|экспорт\\w*|поставл\\w*|поставк\\w*|продан\\w*|отгруж\\w*|vend\\w*|livr\\w*|eksport\\w*"
                    + "|yetkazib|етказиб|жеткіз\\w*|сатыл\\w*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
            List.of("export", "sold", "sell", "deliver", "suppl", "shipped", "shipment", "buyer", "экспорт", "постав", "продан",
                    "отгруж", "vend", "livr", "eksport", "yetkazib", "етказиб", "жеткіз", "сатыл"));

    /**
     * The exporter alone, for an `other` figure of two parties or more whose sentence (the gates above, asked by the
     * caller) sells goods to the world and names one country, not as a buyer, or none while the article has an
     * exporter among the figure's parties; null otherwise.
     */
    static List<String> exporterAlone(List<String> subjects, List<Mention> sentence, List<Words.Word> words,
                                      String text, String exporter) {
        if (subjects.size() < 2) {
            return null;
        }
        String seller = null;
        for (Mention m : sentence) {
            if (Subjects.REGION.equals(m.code())) {
                continue;
            }
            if (m.kind() == PlaceKind.BLOC || m.kind() == PlaceKind.CORRIDOR) {
                return null;
            }
            if (m.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            if (seller != null && !seller.equals(m.code()) || ProductFlows.isBuyer(m, words, text)) {
                return null; // a buyer of its own, or two countries: a flow between them
            }
            seller = m.code();
        }
        if (seller == null) {
            seller = exporter;
        }
        return seller != null && subjects.contains(seller) ? List.of(seller) : null;
    }
}
