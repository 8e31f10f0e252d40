package io.steppewatch.ingester.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of page furniture in many languages ("Externer Inhalt", "Kontakt:", "Entdecke weitere ..."), read from
 * {@code furniture-phrases.txt} beside this class, which explains its three kinds of phrase. A short paragraph that
 * is mostly one of them is furniture: the phrase alone, a label that opens it before a colon, or an opening of a
 * paragraph short enough to be a heading or a prompt rather than a sentence of the text. A call to subscribe or
 * follow ends many articles: anywhere in one of the last paragraphs, when short, it marks that paragraph.
 */
final class FurniturePhrases {

    static final String RESOURCE = "furniture-phrases.txt";
    /** Longer paragraphs are prose, whatever their first words. */
    static final int MAX_CHARS = 120;
    /** An opening phrase marks furniture only in a paragraph this short: a longer one is a sentence that starts so. */
    static final int MAX_OPENING_CHARS = 80;

    /** A closing paragraph longer than this is prose that mentions a newsletter or a paywall, not a call. */
    static final int MAX_CALL_CHARS = 300;
    /** How many paragraphs at the end of the text are read for calls. */
    static final int CLOSING_PARAGRAPHS = 2;

    private static final FurniturePhrases DEFAULT = load();

    private final Set<String> whole = new HashSet<>();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> openings = new HashSet<>();
    /** Openings in Chinese or Japanese, which are not followed by a space: matched by their characters alone. */
    private final List<String> scriptOpenings = new ArrayList<>();
    /** Calls, each between spaces, to be found inside a closing paragraph whose words are also between spaces. */
    private final List<String> calls = new ArrayList<>();
    private int longestOpening;

    FurniturePhrases(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("* ")) {
                calls.add(" " + normalise(line.substring(2)) + " ");
            } else if (line.endsWith("...")) {
                String phrase = normalise(line.substring(0, line.length() - 3));
                if (unspaced(phrase)) {
                    scriptOpenings.add(phrase);
                } else {
                    openings.add(phrase);
                    longestOpening = Math.max(longestOpening, phrase.length());
                }
            } else if (line.endsWith(":")) {
                labels.add(normalise(line.substring(0, line.length() - 1)));
            } else {
                whole.add(normalise(line));
            }
        }
    }

    static FurniturePhrases standard() {
        return DEFAULT;
    }

    /** Whether the paragraph is short and mostly one of the phrases. */
    boolean matches(String paragraph) {
        String line = paragraph.strip();
        if (line.isEmpty() || line.length() > MAX_CHARS) {
            return false;
        }
        String words = normalise(line);
        if (words.isEmpty()) {
            return false;
        }
        if (whole.contains(words)) {
            return true;
        }
        int colon = colon(line);
        if (colon > 0 && labels.contains(normalise(line.substring(0, colon)))) {
            return true;
        }
        return line.length() <= MAX_OPENING_CHARS && opens(words);
    }

    /** Whether a paragraph that closes the text, short enough not to be its prose, calls the reader to act. */
    boolean calls(String paragraph) {
        if (paragraph.length() > MAX_CALL_CHARS) {
            return false;
        }
        String words = " " + normalise(paragraph) + " ";
        for (String call : calls) {
            if (words.contains(call)) {
                return true;
            }
        }
        return false;
    }

    private boolean opens(String words) {
        for (int end = words.indexOf(' '); end > 0 && end <= longestOpening; end = words.indexOf(' ', end + 1)) {
            if (openings.contains(words.substring(0, end))) {
                return true;
            }
        }
        if (words.length() <= longestOpening && openings.contains(words)) {
            return true;
        }
        for (String opening : scriptOpenings) {
            if (words.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    private static int colon(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
        }
        return -1;
    }

    /** Letters in lower case, every run of other characters one space: "(Alle Angaben ohne Gewähr)" reads as its words. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A phrase of Chinese or Japanese characters, which run on into the next word without a space. */
    private static boolean unspaced(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(phrase.codePointBefore(phrase.length()));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static FurniturePhrases load() {
        try (InputStream in = FurniturePhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + FurniturePhrases.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new FurniturePhrases(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
