package io.steppewatch.analysis.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.steppewatch.analysis.text.TsvLines;

/**
 * The words that turn a number into a figure: scale words, currencies and units, read from
 * {@code units.tsv} (and optionally a user's file with the same columns).
 *
 * <p>Each kind of form is compiled into a character trie ({@link FormTrie}), matched at a given position, the
 * longest form winning. Immutable and thread-safe.
 */
public final class UnitLexicon {

    public static final String DEFAULT_RESOURCE = "/io/steppewatch/analysis/figures/units.tsv";

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
    private final FormTrie scales;
    private final FormTrie gluedScales;
    private final FormTrie units;
    private final FormTrie prefixes;

    private UnitLexicon(List<Form> forms) {
        this.forms = List.copyOf(forms);
        this.scales = new FormTrie(select(forms, "scale"), false);
        this.gluedScales = new FormTrie(select(forms, "scale-glued"), false);
        this.units = new FormTrie(select(forms, "unit"), false);
        this.prefixes = new FormTrie(select(forms, "prefix"), true);
    }

    public static UnitLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final UnitLexicon DEFAULTS = fromResource(DEFAULT_RESOURCE);
    }

    public static UnitLexicon fromResource(String resource) {
        return new UnitLexicon(parse(TsvLines.fromResource(UnitLexicon.class, resource, "unit lexicon")));
    }

    /** This lexicon plus the forms of a user's file (same columns). */
    public UnitLexicon extendedWith(Path file) {
        List<Form> all = new ArrayList<>(forms);
        all.addAll(parse(TsvLines.fromFile(file, "unit file")));
        return new UnitLexicon(all);
    }

    private static List<Form> parse(List<TsvLines.Line> lines) {
        List<Form> parsed = new ArrayList<>();
        for (TsvLines.Line line : lines) {
            List<String> columns = line.columns(3, "kind, value, form");
            String kind = columns.get(0).trim();
            if (!Set.of("scale", "scale-glued", "unit", "prefix").contains(kind)) {
                throw line.error("unknown kind '" + kind + "'");
            }
            String value = columns.get(1).trim();
            if (kind.startsWith("scale")) {
                try {
                    Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw line.error("scale needs a number, got '" + value + "'", e);
                }
            }
            parsed.add(new Form(kind, value, columns.get(2).trim()));
        }
        return parsed;
    }

    private static List<String[]> select(List<Form> forms, String kind) {
        return forms.stream().filter(f -> f.kind().equals(kind)).map(f -> new String[] {f.text(), f.value()}).toList();
    }

    /** A scale word starting at {@code from} (spaces allowed before it), or null. */
    public Found scaleAt(CharSequence text, int from) {
        return found(scales.forward(text, skipSpaces(text, from)));
    }

    /** A scale suffix glued to the number ({@code 5m}, {@code 3b}), or null. */
    public Found gluedScaleAt(CharSequence text, int from) {
        return found(gluedScales.forward(text, from));
    }

    /** A unit starting at {@code from}: spaces, then optionally "de" / "des" / "of" / "d'", then the unit; or null. */
    public Found unitAt(CharSequence text, int from) {
        int at = skipSpaces(text, from);
        FormTrie.Hit direct = units.forward(text, at);
        if (direct != null) {
            return found(direct);
        }
        for (String link : LINKS) {
            if (regionMatchesIgnoreCase(text, at, link)) {
                int after = at + link.length();
                FormTrie.Hit linked = units.forward(text, skipSpaces(text, after));
                if (linked != null) {
                    return found(linked);
                }
            }
        }
        return null;
    }

    /** A currency written just before {@code end} ({@code $}, {@code US$}, {@code EUR}), or null. */
    public Found prefixBefore(CharSequence text, int end) {
        int at = end;
        int spaces = 0;
        while (at > 0 && NumberScanner.isSpace(text.charAt(at - 1)) && spaces < 2) {
            at--;
            spaces++;
        }
        return found(prefixes.backward(text, at));
    }

    private static final String[] LINKS = {"de ", "des ", "of ", "d'", "d’", "de\u00A0"};

    private static Found found(FormTrie.Hit hit) {
        return hit == null ? null : new Found(hit.start(), hit.end(), hit.value());
    }

    private static int skipSpaces(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public static Unit unit(String value) {
        int star = value.indexOf('*');
        if (star < 0) {
            return new Unit(value, 1);
        }
        return new Unit(value.substring(0, star), Double.parseDouble(value.substring(star + 1)));
    }
}
