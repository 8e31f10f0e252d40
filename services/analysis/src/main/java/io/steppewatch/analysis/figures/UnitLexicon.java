package io.steppewatch.analysis.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that turn a number into a figure: scale words, currencies and units, read from
 * {@code units.tsv} (and optionally a user's file with the same columns).
 *
 * <p>Each kind of form becomes one alternation regex, longest form first, with one capture group per form so
 * that a single match tells which form (and so which value) was found. Immutable and thread-safe.
 */
public final class UnitLexicon {

    public static final String DEFAULT_RESOURCE = "/io/steppewatch/analysis/figures/units.tsv";
    static final String SPACE = "[\\s\\u00A0\\u202F\\u2009]";
    static final Set<String> CURRENCIES_WITHOUT_ISO = Set.of();

    /** A unit code and the multiplier some forms carry ({@code MUSD} is USD times a million). */
    public record Unit(String code, double multiplier) {
        public boolean isCurrency() {
            return code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT)) && !code.equals("TEU");
        }
    }

    private record Form(String kind, String value, String text) {
    }

    /** A form found in the text: where it ends and what it means. */
    public record Found(int start, int end, String value) {
    }

    private final List<Form> forms;
    private final Alternation scales;
    private final Alternation gluedScales;
    private final Alternation units;
    private final Alternation prefixes;

    private UnitLexicon(List<Form> forms) {
        this.forms = List.copyOf(forms);
        this.scales = new Alternation(select(forms, "scale"), SPACE + "*", "");
        this.gluedScales = new Alternation(select(forms, "scale-glued"), "", "");
        this.units = new Alternation(select(forms, "unit"), SPACE + "*(?:(?:de|des|of|d['’])" + SPACE + "*)?", "");
        this.prefixes = new Alternation(select(forms, "prefix"), "", SPACE + "{0,2}$");
    }

    public static UnitLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final UnitLexicon DEFAULTS = fromResource(DEFAULT_RESOURCE);
    }

    public static UnitLexicon fromResource(String resource) {
        try (InputStream in = UnitLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("unit lexicon not found on the classpath: " + resource);
            }
            return new UnitLexicon(parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read unit lexicon " + resource, e);
        }
    }

    /** This lexicon plus the forms of a user's file (same columns). */
    public UnitLexicon extendedWith(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Form> all = new ArrayList<>(forms);
            all.addAll(parse(reader, file.toString()));
            return new UnitLexicon(all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read unit file " + file, e);
        }
    }

    private static List<Form> parse(Reader source, String name) throws IOException {
        List<Form> parsed = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalArgumentException(
                        name + ":" + number + ": expected 3 tab-separated columns (kind, value, form), got: " + line);
            }
            String kind = columns[0].trim();
            if (!Set.of("scale", "scale-glued", "unit", "prefix").contains(kind)) {
                throw new IllegalArgumentException(name + ":" + number + ": unknown kind '" + kind + "'");
            }
            String value = columns[1].trim();
            if (kind.startsWith("scale")) {
                try {
                    Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + ":" + number + ": scale needs a number, got '" + value + "'", e);
                }
            }
            parsed.add(new Form(kind, value, columns[2].trim()));
        }
        return parsed;
    }

    private static List<Form> select(List<Form> forms, String kind) {
        return forms.stream().filter(f -> f.kind().equals(kind))
                .sorted(Comparator.comparingInt((Form f) -> f.text().length()).reversed())
                .toList();
    }

    /** A scale word starting at {@code from} (spaces allowed before it), or null. */
    public Found scaleAt(CharSequence text, int from) {
        return scales.lookingAt(text, from);
    }

    /** A scale suffix glued to the number ({@code 5m}, {@code 3b}), or null. */
    public Found gluedScaleAt(CharSequence text, int from) {
        return gluedScales.lookingAt(text, from);
    }

    /** A unit starting at {@code from} ("de" / "of" / "d'" allowed before it), or null. */
    public Found unitAt(CharSequence text, int from) {
        return units.lookingAt(text, from);
    }

    /** A currency written just before {@code end} ({@code $}, {@code US$}, {@code EUR}), or null. */
    public Found prefixBefore(CharSequence text, int end) {
        int start = Math.max(0, end - 12);
        return prefixes.endingAt(text, start, end);
    }

    public static Unit unit(String value) {
        int star = value.indexOf('*');
        if (star < 0) {
            return new Unit(value, 1);
        }
        return new Unit(value.substring(0, star), Double.parseDouble(value.substring(star + 1)));
    }

    /** One regex for a kind of form; group i+1 is form i. */
    private static final class Alternation {
        private final List<Form> forms;
        private final Pattern pattern;

        Alternation(List<Form> forms, String before, String after) {
            this.forms = forms;
            StringBuilder regex = new StringBuilder(before).append("(?:");
            for (int i = 0; i < forms.size(); i++) {
                if (i > 0) {
                    regex.append('|');
                }
                regex.append('(').append(toRegex(forms.get(i).text())).append(')');
            }
            if (forms.isEmpty()) {
                regex.append("(?!)");
            }
            regex.append(')').append(after);
            this.pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        Found lookingAt(CharSequence text, int from) {
            if (from >= text.length()) {
                return null;
            }
            Matcher m = pattern.matcher(text);
            m.region(from, Math.min(text.length(), from + 64));
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (!m.lookingAt()) {
                return null;
            }
            return found(m);
        }

        Found endingAt(CharSequence text, int from, int end) {
            Matcher m = pattern.matcher(text);
            m.region(from, end);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(true);
            if (!m.find()) {
                return null;
            }
            return found(m);
        }

        private Found found(Matcher m) {
            for (int g = 1; g <= forms.size(); g++) {
                if (m.group(g) != null) {
                    return new Found(m.start(g), m.end(), forms.get(g - 1).value());
                }
            }
            return null;
        }

        /** Form syntax to regex: see units.tsv. Letter-ending forms may not run into a following letter. */
        private static String toRegex(String form) {
            boolean exactCase = form.startsWith("=");
            String body = exactCase ? form.substring(1) : form;
            boolean wildcard = body.endsWith("*");
            if (wildcard) {
                body = body.substring(0, body.length() - 1);
            }
            StringBuilder regex = new StringBuilder();
            if (Character.isLetterOrDigit(body.codePointAt(0))) {
                regex.append("(?<!\\p{L})");
            }
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == ' ') {
                    regex.append(SPACE).append('+');
                } else if (c == '\'' || c == '’') {
                    regex.append("['’]");
                } else if (Character.isLetterOrDigit(c)) {
                    regex.append(c);
                } else {
                    regex.append('\\').append(c);
                }
            }
            if (wildcard) {
                regex.append("\\p{L}*");
            }
            if (Character.isLetter(body.charAt(body.length() - 1)) || wildcard) {
                regex.append("(?![\\p{L}])");
            }
            return exactCase ? "(?-i:" + regex + ")" : regex.toString();
        }
    }
}
