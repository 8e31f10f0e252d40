package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A rate an agreement or a contract provides for ("a contract for 2 bcm of gas per year was signed on 28 November",
 * "по договору поставки составят 4 млн куб. м в сутки", "un contrat d'achat de
 * 1 milliard de m³ par an"): a term of the deal, a flow per year or per day with no period of its own
 * (decision 34 of round 35: a flow per day or per year is `null`; decision 51: a yearly flow or supply beside a dated
 * fact takes none). A word of yearly recurrence ("ежегодного транзита") says so as well. The date of the signing dates the signing, not the rate; a deadline in the sentence ("to reach
 * 45,000 tons per year by 2030") still dates a goal, and a sum of money agreed keeps the signing's month (gold-m).
 */
final class AgreedRates {

    /** The words of a rate, yearly or shorter, that make a quantity a flow per unit of time. */
    private static final List<String> RATES = Stream.of("per year", "a year", "per annum", "annually", "/year",
            "в год", "par an", "yiliga", "йилига", "жылына", "per day", "a day", "per month", "a month",
            "в сутки", "в день", "в месяц", "par jour", "par mois", "kuniga", "кунига", "тәулігіне").toList();
    /** Words right after a rate word that make it a point in time ("a year ago", "a day after"). */
    private static final List<String> NOT_A_RATE_AFTER = List.of("earlier", "ago", "before", "later", "-on",
            " on year", "-over", " over year", "-to-", " to date", "after");
    /** Words right before "a year", "a day" or "a month" that make it a length of time ("within a year", "in a day"). */
    private static final Set<String> NOT_A_RATE_BEFORE = Set.of("in", "within", "for", "over", "than", "from", "of",
            "half");
    private static final String INDEFINITE = "a ";
    private static final int AFTER_REACH = 12;

    private AgreedRates() {
    }

    /** Whether the figure is a rate of goods a deal in its sentence provides for, with no deadline beside it. */
    static boolean undated(SurfaceFigure figure, Measure measure, FigureContext context, Sentences.Sentence sentence) {
        if (figure.isMoney() || measure != Measure.AMOUNT && measure != Measure.TARGET
                || !FigureContext.hasCue(context, sentence, "deal")) {
            return false;
        }
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.DEADLINE) {
                return false;
            }
        }
        return FigureContext.hasCue(context, sentence, "yearly") || statesRate(context.text(), sentence);
    }

    /** Whether a word of a rate stands in the sentence as a rate, not as a point or a length of time. */
    static boolean statesRate(String text, Sentences.Sentence sentence) {
        String folded = " " + Words.foldKeepingOffsets(text, sentence.start(), sentence.end()) + " ";
        for (String rate : RATES) {
            for (int at = folded.indexOf(rate); at >= 0; at = folded.indexOf(rate, at + 1)) {
                String after = folded.substring(at + rate.length(),
                        Math.min(folded.length(), at + rate.length() + AFTER_REACH));
                String before = folded.substring(0, at).strip();
                String wordBefore = before.substring(before.lastIndexOf(' ') + 1);
                boolean word = !Character.isLetter(folded.charAt(at - 1))
                        && !Character.isLetter(folded.charAt(at + rate.length()));
                if (word && !Words.containsAny(after, NOT_A_RATE_AFTER)
                        && !(rate.startsWith(INDEFINITE) && NOT_A_RATE_BEFORE.contains(wordBefore))) {
                    return true;
                }
            }
        }
        return false;
    }
}
