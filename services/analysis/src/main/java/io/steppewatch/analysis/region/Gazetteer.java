package io.steppewatch.analysis.region;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Finds names of countries, cities, leaders, institutions, blocs and corridors in a text.
 *
 * <p>Names come from tab-separated files (see the bundled {@code gazetteer.tsv} for the format) and are
 * matched with a {@link PhraseMatcher}: folded words, {@code *} for inflected endings, {@code =} for
 * case-sensitive acronyms, the longest name winning. Immutable and thread-safe.
 */
public final class Gazetteer {

    public static final String DEFAULT_RESOURCE = "/io/steppewatch/analysis/region/gazetteer.tsv";

    private static final Gazetteer DEFAULTS = fromResource(DEFAULT_RESOURCE);

    private record Place(String code, PlaceKind kind) {
    }

    private record Line(String code, PlaceKind kind, String name) {
    }

    private final List<Line> lines;
    private final PhraseMatcher<Place> matcher;

    private Gazetteer(List<Line> lines) {
        this.lines = List.copyOf(lines);
        PhraseMatcher.Builder<Place> builder = PhraseMatcher.builder();
        for (Line line : lines) {
            builder.add(line.name(), new Place(line.code(), line.kind()));
        }
        this.matcher = builder.build();
    }

    /** The bundled gazetteer. */
    public static Gazetteer defaults() {
        return DEFAULTS;
    }

    public static Gazetteer fromResource(String resource) {
        return new Gazetteer(parse(TsvLines.fromResource(Gazetteer.class, resource, "gazetteer resource")));
    }

    /** This gazetteer plus the names of a user's file (same format). */
    public Gazetteer extendedWith(Path file) {
        List<Line> all = new ArrayList<>(lines);
        all.addAll(parse(TsvLines.fromFile(file, "gazetteer file")));
        return new Gazetteer(all);
    }

    private static List<Line> parse(List<TsvLines.Line> lines) {
        List<Line> parsed = new ArrayList<>();
        for (TsvLines.Line line : lines) {
            List<String> columns = line.columns(3, "code, kind, name");
            PlaceKind kind;
            try {
                kind = PlaceKind.parse(columns.get(1));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown kind '" + columns.get(1) + "'", e);
            }
            if (Words.split(columns.get(2)).isEmpty()) {
                throw line.error("empty name");
            }
            parsed.add(new Line(columns.get(0).trim(), kind, columns.get(2).trim()));
        }
        return parsed;
    }

    /** Every name found in the text, in text order. */
    public List<Mention> find(CharSequence text) {
        return find(Words.split(text), text);
    }

    /** Every name found in {@code words}, already split from {@code text}, in text order. */
    public List<Mention> find(List<Words.Word> words, CharSequence text) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseMatcher.Match<Place> match : matcher.findAll(words)) {
            if (qualifiesCurrency(words, match.first(), match.last(), text)) {
                continue; // "U.S. dollars", "долларов США", "dollars américains" name money, not the country
            }
            if (match.first() == match.last() && startsProperName(words, match.first(), text)) {
                continue; // "the American Cancer Society", "on 'American Idol'": a name's word, not the country
            }
            mentions.add(new Mention(match.value().code(), match.value().kind(),
                    words.get(match.first()).start(), words.get(match.last()).end()));
        }
        return mentions;
    }

    private static final WordStems CURRENCY_STEMS = WordStems.of(List.of("dollar", "долл", "dolar", "ruble",
            "rouble", "рубл", "yuan", "юан", "валют", "currenc", "devise"));

    private static boolean qualifiesCurrency(List<Words.Word> words, int first, int last, CharSequence text) {
        return first > 0 && isCurrency(words.get(first - 1)) && sameName(words.get(first - 1), words.get(first), text)
                || last + 1 < words.size() && (isCurrency(words.get(last + 1))
                && sameName(words.get(last), words.get(last + 1), text)
                || dollarSign(words.get(last), words.get(last + 1), text));
    }

    /**
     * Whether two words stand in one name, only spaces between them (after a one-letter word, its dot too: "U.S.
     * dollars"). "— Казахстан – 3,4 млрд долларов" then "— Россия – 9,4 млрд долларов" on the next line, or "worth
     * $2 billion in dollars. Russia ...", name a currency and then a country apart.
     */
    private static boolean sameName(Words.Word left, Words.Word right, CharSequence text) {
        // (and after "долл", the usual abbreviation of the Russian word: "10 млрд долл. США")
        boolean dotAllowed = left.end() - left.start() == 1 || "долл".equals(left.folded());
        for (int i = left.end(); i < right.start(); i++) {
            char c = text.charAt(i);
            if (c == '.' && dotAllowed) {
                dotAllowed = false;
            } else if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /**
     * "US$26 billion", "US $ 5.7 billion": a short acronym with a number right after it (a sign between) is a
     * currency's prefix.
     */
    private static boolean dollarSign(Words.Word acronym, Words.Word next, CharSequence text) {
        String raw = acronym.raw();
        return raw.length() <= 3 && raw.equals(raw.toUpperCase(Locale.ROOT))
                && next.start() - acronym.end() <= 3 && !next.raw().isEmpty() && Character.isDigit(next.raw().charAt(0))
                && signOrSpaces(text, acronym.end(), next.start());
    }

    /**
     * Whether the gap holds a currency sign or only spaces: "US$26", "US $ 5.7"; not the dash of a list item, "— ОАЭ –
     * 3,6 тыс. тонн", "- USA: 5 tonnes", whose acronym names the country the item is about.
     */
    private static boolean signOrSpaces(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0' && Character.getType(c) != Character.CURRENCY_SYMBOL) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a capitalised national adjective opens a proper name: "American" with a capitalised word right after it
     * (spaces only between), in a line that is not written in title case ("the American Sociological Review", "an
     * American Idol insider", "American Apparel's ads"). Such a body, show or company belongs to no country the text
     * states (the labels give a company's country only where the text says it). A title-case headline ("American
     * Workers Lose Ground") capitalises every word, so there the adjective still names the country. English only:
     * French and Russian write the adjective of a name in lower case or after the noun.
     */
    private static boolean startsProperName(List<Words.Word> words, int at, CharSequence text) {
        Words.Word word = words.get(at);
        if (!"American".equals(word.raw()) || at + 1 >= words.size()) {
            return false;
        }
        Words.Word next = words.get(at + 1);
        if (!capitalised(next.raw()) || !onlySpaces(text, word.end(), next.start())) {
            return false;
        }
        String last = null;
        for (int i = at + 1; i < words.size() && capitalised(words.get(i).raw())
                && onlySpaces(text, words.get(i - 1).end(), words.get(i).start()); i++) {
            last = words.get(i).raw();
        }
        return NAME_HEADS.contains(last) && !titleCaseLine(text, word.start());
    }

    /**
     * The last words of a society's, a publication's, a show's or a company's name: "the American Cancer Society",
     * "the American Sociological Review", "American Idol", "American Apparel". Not a survey, a law or a people
     * ("the American Community Survey", "American Workers"), which are the country's own.
     */
    private static final Set<String> NAME_HEADS = Set.of("Society", "Association", "Review", "Journal", "Magazine",
            "Idol", "Apparel", "Airlines", "Express", "Museum", "Academy", "College", "Foundation");

    private static boolean capitalised(String raw) {
        return raw.length() > 1 && Character.isUpperCase(raw.charAt(0)) && Character.isLowerCase(raw.charAt(1));
    }

    private static boolean onlySpaces(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return from < to;
    }

    /** Whether the line around {@code at} has no lower-case word of four letters or more (a title-case headline). */
    private static boolean titleCaseLine(CharSequence text, int at) {
        int from = at;
        while (from > 0 && text.charAt(from - 1) != '\n') {
            from--;
        }
        int run = 0;
        boolean lowerStart = false;
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (run == 0) {
                    lowerStart = Character.isLowerCase(c);
                }
                run++;
                if (lowerStart && run >= 4) {
                    return false;
                }
            } else {
                run = 0;
            }
        }
        return true;
    }

    private static boolean isCurrency(Words.Word word) {
        if (CURRENCY_STEMS.startsAny(word)) {
            return true;
        }
        return false;
    }
}
