package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Sentences;

/**
 * A figure counted from a start the text gives as a bare year ("since 2005", "depuis 2020", "с 2025 года", "2002-yildan
 * beri", "beginning from 1999") in a text with no publication date: the span runs from that year to a present the text
 * does not date, so the figure has no period the labels can write (the settled list: "since 2019" in an undated text is
 * `null`, a total whose end the text does not date). The analysis gives such a figure the start year itself, or a year
 * carried from elsewhere in the text; this rule takes a single year away again when the sentence names no year but the
 * start.
 */
final class OpenSinceStarts {

    private OpenSinceStarts() {
    }

    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    /**
     * A bare year that opens a span to now: after "since", "depuis", "beginning from", "à partir de" (a year that
     * comes after it is the start itself), after Russian "с" with the genitive "года" ("с 2021 годом" is "compared
     * with"), or before a Turkic "since" postposition.
     */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?iU)(?:(?<!\\p{L})(?:since|depuis|beginning\\s+from"
            + "|starting\\s+from|[àa]\\s+partir\\s+de)\\s+" + YEAR
            + "|(?<!\\p{L})(?:начиная\\s+)?(?:с|со)\\s+" + YEAR + "\\s*(?:года|г\\.)"
            + "|(?<!\\d)" + YEAR + "[\\s-]*(?:yildan|йилдан|жылдан)\\s+(?:beri|бери|бері))");
    private static final SentenceGate SINCE_GATE = SentenceGate.startingAt(SINCE_YEAR,
            List.of("since", "depuis", "beginning", "starting", "partir", "с ", "со ", "yildan", "йилдан", "жылдан"),
            List.of("since", "depuis", "beginning", "starting", "à", "a", "начиная", "с", "со"), true);
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * {@code period}, or null when it is a single year, the text has no publication date, and the figure's sentence
     * counts from a bare start year and names no other year.
     */
    static String undatedOpenSpan(String period, FigureContext context, Sentences.Sentence sentence) {
        if (period == null || period.length() != 4 || !context.undated()
                || !context.sentenceFinds(SINCE_GATE, sentence)) {
            return period;
        }
        String text = context.text();
        Matcher since = SINCE_YEAR.matcher(text).region(sentence.start(), sentence.end());
        if (!since.find()) {
            return period;
        }
        String start = since.group(1) != null ? since.group(1)
                : since.group(2) != null ? since.group(2) : since.group(3);
        Matcher year = ANY_YEAR.matcher(text).region(sentence.start(), sentence.end());
        while (year.find()) {
            if (!year.group().equals(start)) {
                return period; // "since 2017 ... topped $3.6 million in 2021": the figure's own year
            }
        }
        return null;
    }
}
