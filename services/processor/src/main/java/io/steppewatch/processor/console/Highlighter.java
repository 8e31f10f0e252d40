package io.steppewatch.processor.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into segments, marking the figures and the topic terms it holds. The template escapes each
 * segment, so marking never lets the article's own markup through.
 */
public final class Highlighter {

    /** A run of text and what it is: {@code null} plain, {@code figure}, {@code term}. */
    public record Segment(String text, String mark) {

        public boolean marked() {
            return mark != null;
        }
    }

    /** A figure's place in the text: its offset when the analysis knew it, else its first occurrence. */
    public record Place(int offset, String text) {
    }

    private record Span(int start, int end, String mark) {
    }

    private Highlighter() {
    }

    /** The sentence with the figure's text marked (its first occurrence). */
    public static List<Segment> sentence(String sentence, String figureText) {
        return segments(sentence, List.of(new Place(-1, figureText)), List.of());
    }

    /** The text with every figure and every term (matched as a word start, any case) marked; figures win overlaps. */
    public static List<Segment> segments(String text, List<Place> figures, List<String> terms) {
        if (text == null) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (Place figure : figures) {
            if (figure.text() == null || figure.text().isEmpty()) {
                continue;
            }
            int start = figure.offset() >= 0 && text.startsWith(figure.text(), figure.offset()) ? figure.offset()
                    : text.indexOf(figure.text());
            if (start >= 0) {
                spans.add(new Span(start, start + figure.text().length(), "figure"));
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String term : terms) {
            if (term == null || term.isBlank()) {
                continue;
            }
            // Terms may be stems ("sanction" for "sanctions"): mark from a word start to the word's end.
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.toLowerCase(Locale.ROOT))
                    + "[\\p{L}\\p{N}]*").matcher(lower);
            while (matcher.find()) {
                spans.add(new Span(matcher.start(), matcher.end(), "term"));
            }
        }
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.mark().equals(b.mark()) ? Integer.compare(b.end(), a.end()) : "figure".equals(a.mark()) ? -1 : 1);
        List<Span> kept = new ArrayList<>();
        for (Span span : spans) {
            Span last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && span.start() < last.end()) {
                if ("figure".equals(span.mark()) && !"figure".equals(last.mark())) {
                    kept.set(kept.size() - 1, span);
                }
                continue;
            }
            kept.add(span);
        }
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Span span : kept) {
            if (span.start() > at) {
                segments.add(new Segment(text.substring(at, span.start()), null));
            }
            segments.add(new Segment(text.substring(span.start(), span.end()), span.mark()));
            at = span.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }
}
