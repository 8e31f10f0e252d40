package io.steppewatch.analysis.figures;

import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Sentences;

/**
 * What someone or something is worth: a person's net worth ("a $17 million net worth"), a company's valuation ("its
 * initial $100 billion valuation", "is valued a bit north of $60 billion", "une valorisation de 40 milliards",
 * "капитализация компании ... 2 трлн долларов") or the worth of assets that changed hands ("$2.3 billion worth of
 * bankruptcy claims"). A word of investors nearby ("in a note to investors") gives such a sum the vocabulary's
 * {@code investment.total}, but a worth is a stock of value, not one country's investment in another: the labels
 * leave it {@code other}. A sum said to be the worth of investments ("$5 billion worth of investments") stays one.
 */
final class Worths {

    /** A word of worth right after the sum: "net worth", "valuation", "market value", "worth of". */
    private static final Pattern AFTER = Pattern.compile("\\s*(?:net\\s+worth|valuation|market\\s+(?:value|cap)"
            + "|worth\\s+of\\s|de\\s+valorisation|de\\s+capitalisation|рыночн\\p{L}*\\s+стоимост)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A word of worth at most four words before the sum: "valued a bit north of", "a valuation of". */
    private static final Pattern BEFORE = Pattern.compile("(?:\\bnet\\s+worth|\\bvaluation|\\bvalued|\\bmarket\\s+"
            + "(?:value|capitali[sz]ation|cap)|\\bvalorisation|\\bvaloris[ée]e?s?|\\bcapitalisation|капитализаци\\p{L}*"
            + "|рыночн\\p{L}*\\s+стоимост\\p{L}*)(?:\\s+[\\p{L}'’-]+){0,4}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words of an investment itself: a worth of investments is one ("$5 billion worth of investments"). */
    private static final Pattern INVESTED = Pattern.compile("invest(?:ment|ed\\b|issement)|инвестиц|вложен",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far the words around the sum are read. */
    private static final int REACH = 40;

    private Worths() {
    }

    /** Whether the sum is a worth (a net worth, a valuation, the worth of assets) and no investment's. */
    static boolean worth(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        int afterEnd = Math.min(sentence.end(), figure.end() + REACH);
        int beforeStart = Math.max(sentence.start(), figure.start() - REACH);
        boolean worded = AFTER.matcher(text).region(figure.end(), afterEnd).lookingAt()
                || BEFORE.matcher(text).region(beforeStart, figure.start()).find();
        return worded && !INVESTED.matcher(text).region(beforeStart, afterEnd).find();
    }
}
