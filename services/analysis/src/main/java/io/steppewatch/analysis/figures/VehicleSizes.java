package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Sentences;

/**
 * Tonnes that say how heavy one vehicle or container is, or what one of them carries, rather than how much freight
 * moved: a weight class ("lorries weighing up to 12 tonnes", "грузовики весом до 3,5 тонн", "40-tonne trucks", "3,5
 * тоннаға дейінгі жүк көліктері") or one convoy's load ("wagons carrying a cargo with a net weight of 900 tons"). The
 * grammar ties the weight to the vehicle: a word of weight or load capacity right before the figure with a vehicle
 * named earlier in its clause, or the figure written as an adjective (hyphenated, or with a Turkic "up to") of the
 * vehicle noun right after it. Such a weight is no flow, capacity or stock of a route or port (the labels: `other`).
 */
final class VehicleSizes {

    /** Vehicles and containers, as whole words or word beginnings (lower case). */
    private static final String VEHICLE = "(?:trains?|wagons?|railcars?|rail\\s+cars?|vessels?|ships?|tankers?|trucks?"
            + "|lorr(?:y|ies)|vehicles?|containers?|camions?|conteneurs?|véhicules?|navires?|поезд\\p{L}*|вагон\\p{L}*"
            + "|судн\\p{L}*|суда\\p{L}*|танкер\\p{L}*|грузовик\\p{L}*|фур\\p{L}*|автомобил\\p{L}*|машин\\p{L}*"
            + "|транспорт\\p{L}*|контейнер\\p{L}*|көлі\\p{L}*|кеме\\p{L}*|konteyner\\p{L}*|mashina\\p{L}*"
            + "|poyezd\\p{L}*)";
    /**
     * A word of a vehicle's weight or load capacity right before the figure, with words of approximation or "up to"
     * between: "weighing up to", "a net weight of", "весом до", "грузоподъемностью", "көтергіштігі", "d'un poids de".
     */
    private static final Pattern WEIGHT_BEFORE = Pattern.compile(
            "(?iuU)(?:\\bweighing|\\bweight\\s+of|\\bвесом|\\bмассой|\\bгрузоподъ[её]мностью|көтергіштігі|\\bpesant"
                    + "|\\bpoids\\s+(?:total\\s+)?de|\\bdeadweight(?:\\s+of)?|\\bдедвейтом|\\bport\\s+en\\s+lourd\\s+de)"
                    + "(?:\\s+(?:up\\s+to|more\\s+than|over|about|до|более|свыше|около|jusqu['’]\\s*à"
                    + "|plus\\s+de))?\\s*$");
    /** The literals every match of {@link #WEIGHT_BEFORE} holds: most sentences hold none, and skip the pattern. */
    private static final SentenceGate WEIGHT_WORDS = SentenceGate.literals(List.of("weigh", "весом", "массой",
            "грузоподъ", "көтергіштігі", "pesant", "poids", "deadweight", "дедвейт", "port en lourd"));
    /** A vehicle named in the clause before the word of weight. */
    private static final Pattern VEHICLE_BEFORE = Pattern.compile("(?iuU)\\b" + VEHICLE + "\\b");
    /** The vehicle noun right after a weight written as its adjective, past a Kazakh or Uzbek "up to" and "cargo". */
    private static final Pattern VEHICLE_AFTER = Pattern.compile(
            "(?iuU)^\\s*(?:(дейінгі|gacha)\\s+)?(?:жүк\\s+|yuk\\s+)?" + VEHICLE + "\\b");
    /** A number joined by a hyphen to the word after it: "40-tonne", "3,5-тонные". */
    private static final Pattern HYPHENATED = Pattern.compile("(?s).*\\d\\s*[-‑]\\s*\\p{L}.*");
    /** How far before the figure the clause is read for the vehicle and the word of weight. */
    private static final int REACH = 80;

    private VehicleSizes() {
    }

    /** Whether the tonnes of {@code figure} weigh one vehicle or container, or one convoy's load. */
    static boolean weighsAVehicle(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!"t".equals(figure.unit())) {
            return false;
        }
        String text = context.text();
        return weightWordAfterAVehicle(context, sentence, figure) || adjectiveOfAVehicle(text, sentence, figure);
    }

    private static boolean weightWordAfterAVehicle(FigureContext context, Sentences.Sentence sentence,
                                                   SurfaceFigure figure) {
        // the pattern, anchored at the figure but tried from every offset before it, is the slow part: a sentence with
        // no word of weight is asked once for all its figures
        if (figure.start() <= sentence.end() && !context.sentenceFinds(WEIGHT_WORDS, sentence)) {
            return false;
        }
        String text = context.text();
        int from = Math.max(sentence.start(), figure.start() - REACH);
        String before = text.substring(from, figure.start());
        Matcher weight = WEIGHT_BEFORE.matcher(before);
        if (!weight.find()) {
            return false;
        }
        // the vehicle stands in the figure's clause, before the word of weight
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
        return VEHICLE_BEFORE.matcher(before.substring(clause + 1, weight.start())).find();
    }

    private static boolean adjectiveOfAVehicle(String text, Sentences.Sentence sentence, SurfaceFigure figure) {
        String after = text.substring(figure.end(), Math.min(sentence.end(), figure.end() + REACH))
                .toLowerCase(Locale.ROOT);
        Matcher vehicle = VEHICLE_AFTER.matcher(after);
        if (!vehicle.find()) {
            return false;
        }
        // "40-tonne trucks" is a class of trucks; "5 million tons trucks carried" is no English: the hyphen, or the
        // Turkic "up to" that makes the weight an adjective, must say so
        return vehicle.group(1) != null || HYPHENATED.matcher(figure.text(text)).matches();
    }
}
