package io.steppewatch.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The typographic hyphens and the minus sign (U+2010, U+2011, U+2012, U+2212) read as the hyphen-minus: a page that
 * joins a range of days or of counts with a minus sign means what "15-16 September" and "3-4 checkpoints" mean, and
 * the rules that know dates, ranges and compounds know the plain hyphen. One character for one, so every offset in the
 * plain text is the same in the page's own; the figures are quoted from the page as published.
 */
final class PlainDashes {

    private PlainDashes() {
    }

    /** {@code text} with each dash variant written as the hyphen-minus; the same instance when it has none. */
    static String of(String text) {
        int first = 0;
        while (first < text.length() && !variant(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (variant(chars[i])) {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }

    /** The analysis of the plain text with its figures' text and sentence quoted from the page's own characters. */
    static Analysis quotedFrom(Analysis read, ArticleText page, ArticleText plain) {
        List<ExtractedFigure> figures = new ArrayList<>(read.figures().size());
        for (ExtractedFigure f : read.figures()) {
            boolean inTitle = f.offset() < 0;
            String original = inTitle ? page.title() : page.body();
            String text = inTitle ? plain.title() : plain.body();
            int start = inTitle ? text.indexOf(f.text()) : f.offset();
            boolean found = start >= 0 && text.startsWith(f.text(), start);
            int sentence = found ? text.lastIndexOf(f.sentence(), start) : -1;
            figures.add(new ExtractedFigure(f.value(), f.unit(), f.measure(), f.metric(), f.subjects(), f.period(),
                    found ? original.substring(start, start + f.text().length()) : f.text(),
                    sentence >= 0 && !f.sentence().isEmpty()
                            ? original.substring(sentence, sentence + f.sentence().length()) : f.sentence(),
                    f.offset(), f.relation(), f.traded()));
        }
        return new Analysis(read.language(), read.topics(), read.countries(), figures);
    }

    private static boolean variant(char c) {
        return c >= '\u2010' && c <= '\u2012' || c == '\u2212';
    }
}
