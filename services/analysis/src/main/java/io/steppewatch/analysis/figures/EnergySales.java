package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;

/**
 * The money paid for gas, oil or electricity that one country sells another ("Turkmenistan exported natural gas worth
 * $6.1 billion to China", "la Chine a acheté du gaz turkmène pour 7 milliards de dollars",
 * "продал Китаю газ на сумму 8 млрд долларов"), and its change, is a product flow: metric
 * {@code other}, the seller first (the gold README, "energy sold for money", settled 2026-12-03). The same flow in
 * cubic metres or tonnes keeps its trade metric, and so do a country's whole exports or imports that a sentence of
 * turnover splits into its two sides.
 */
final class EnergySales {

    private EnergySales() {
    }

    /**
     * Gas, oil, electricity, in the three languages (stems: "газа", "нефти", "électricité"), and the kilowatt-hours that
     * name electricity by its unit (a Russian "млн кВт*ч" bought "на сумму" some millions of somoni).
     */
    private static final Pattern ENERGY = Pattern.compile(
            "\\b(?:natural gas|gas|oil|crude|electricity|gaz|pétrole|électricité|газ\\w*|нефт\\w*"
                    + "|электроэнерги\\w*|электричеств\\w*|kwh|квт|kilowatt\\w*|киловатт\\w*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final SentenceGate ENERGY_GATE = new SentenceGate(ENERGY, List.of("gas", "oil", "crude",
            "electricity", "gaz", "pétrole", "électricité", "газ", "нефт", "электроэнерги", "электричеств", "kwh", "квт",
            "kilowatt", "киловатт"));
    /** A word of turnover: the sentence gives the two sides of a country's whole trade. */
    private static final Pattern TURNOVER = Pattern.compile(
            "turnover|échanges|товарооборот|оборот", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Money written in the sentence: a change of percent is then the change of that value. */
    private static final Pattern MONEY = Pattern.compile(
            "\\$|dollar|доллар|долл\\.|euro|евро|yuan|юан", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A physical quantity: then a change of percent may be of the volume, which keeps its trade metric. */
    private static final Pattern VOLUME = Pattern.compile(
            "cubic|m3|m³|bcm|mètres cubes|кубометр|куб\\. ?м|tonn|tons\\b|тонн|kwh|квт|мвт|twh",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far after a value of money the product may come: "40 millions de dollars en ventes de pétrole". */
    private static final int AFTER = 40;
    /** Marks between two clauses. */
    private static final String CLAUSE_BREAK = ",;";

    /**
     * Whether a figure of {@code trade.exports} or {@code trade.imports} is the value of energy sold: the product named
     * in its clause before it ("exported natural gas worth $6.1 billion") or right after it with no comma between
     * ("40 millions de dollars en ventes de pétrole"), or the figure continues, in the same sentence, one read so
     * ("9,3 milliards de dollars, contre 6,79 milliards"). "Kazakhstan exports oil, but its exports to China reached
     * $13 billion" and "$13 billion, most of it oil" are the country's whole exports.
     */
    static boolean valueOfEnergySold(String metric, SurfaceFigure figure, FigureContext context,
                                     Sentences.Sentence sentence, Measure measure, ExtractedFigure before) {
        if (!"trade.exports".equals(metric) && !"trade.imports".equals(metric)
                || figure.start() < sentence.start() || figure.end() > sentence.end()) {
            return false;
        }
        // every reading below needs a word of energy in the sentence
        if (!context.sentenceFinds(ENERGY_GATE, sentence)) {
            return false;
        }
        String text = context.text();
        String whole = text.substring(sentence.start(), sentence.end());
        if (TURNOVER.matcher(whole).find()) {
            return false;
        }
        if (!figure.isMoney()) {
            if (!"percent".equals(figure.unit()) || measure != Measure.CHANGE || !MONEY.matcher(whole).find()
                    || VOLUME.matcher(whole).find()) {
                return false;
            }
        }
        if (before != null && "other".equals(before.metric()) && whole.equals(before.sentence())
                && (UnitLexicon.unit(before.unit()).isCurrency() || "percent".equals(before.unit()))
                && ENERGY.matcher(whole).find()) {
            return true;
        }
        Matcher product = ENERGY.matcher(text.substring(sentence.start(), figure.start()));
        int last = -1;
        while (product.find()) {
            last = product.end();
        }
        if (last >= 0 && noBreak(text, sentence.start() + last, figure.start())) {
            return true;
        }
        int to = Math.min(sentence.end(), figure.end() + AFTER);
        Matcher after = ENERGY.matcher(text.substring(figure.end(), to));
        return after.find() && noBreak(text, figure.end(), figure.end() + after.start());
    }

    private static boolean noBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAK.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The parties of the flow, seller first: an importer named first gives way to the seller. */
    static List<String> sellerFirst(String metric, List<String> subjects) {
        if ("trade.imports".equals(metric) && subjects.size() == 2) {
            return List.of(subjects.get(1), subjects.get(0));
        }
        return subjects;
    }
}
