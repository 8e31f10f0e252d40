package io.steppewatch.analysis.region;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds names of countries, cities, leaders, institutions, blocs and corridors in a text.
 *
 * <p>Names come from tab-separated files (see the bundled {@code gazetteer.tsv} for the format). Matching
 * is word by word on folded words; a word pattern ending in {@code *} matches any word it begins, which is
 * how inflected Russian forms are covered without listing every case ending. At each position the longest
 * name wins. Immutable and thread-safe once built.
 */
public final class Gazetteer {

    public static final String DEFAULT_RESOURCE = "/io/steppewatch/analysis/region/gazetteer.tsv";

    private static final Gazetteer DEFAULTS = fromResource(DEFAULT_RESOURCE);

    /** A word of a name: folded text, or raw text when case matters, optionally a prefix. */
    private record Pattern(String text, boolean prefix, boolean exactCase) {
        boolean matches(Words.Word word) {
            String candidate = exactCase ? word.raw() : word.folded();
            return prefix ? candidate.startsWith(text) : candidate.equals(text);
        }
    }

    private record Entry(String code, PlaceKind kind, List<Pattern> words) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> byFirstPrefix = new HashMap<>();
    private final int[] prefixLengths;

    private Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        TreeSet<Integer> lengths = new TreeSet<>();
        for (Entry entry : entries) {
            Pattern first = entry.words().get(0);
            if (first.prefix()) {
                byFirstPrefix.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(entry);
                lengths.add(first.text().length());
            } else {
                byFirstWord.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(entry);
            }
        }
        this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The bundled gazetteer. */
    public static Gazetteer defaults() {
        return DEFAULTS;
    }

    public static Gazetteer fromResource(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource not found on the classpath: " + resource);
            }
            return new Gazetteer(parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }

    /** This gazetteer plus the names of a user's file (same format). */
    public Gazetteer extendedWith(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Entry> all = new ArrayList<>(entries);
            all.addAll(parse(reader, file.toString()));
            return new Gazetteer(all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + file, e);
        }
    }

    private static List<Entry> parse(Reader source, String name) throws IOException {
        List<Entry> parsed = new ArrayList<>();
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
                        name + ":" + number + ": expected 3 tab-separated columns (code, kind, name), got: " + line);
            }
            PlaceKind kind;
            try {
                kind = PlaceKind.parse(columns[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + number + ": unknown kind '" + columns[1] + "'", e);
            }
            List<Pattern> words = patterns(columns[2].trim());
            if (words.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + number + ": empty name");
            }
            parsed.add(new Entry(columns[0].trim(), kind, words));
        }
        return parsed;
    }

    private static List<Pattern> patterns(String name) {
        boolean exactCase = name.startsWith("=");
        String body = exactCase ? name.substring(1) : name;
        List<Pattern> patterns = new ArrayList<>();
        for (Words.Word word : Words.split(body)) {
            boolean prefix = word.end() < body.length() && body.charAt(word.end()) == '*';
            patterns.add(new Pattern(exactCase ? word.raw() : word.folded(), prefix, exactCase));
        }
        return patterns;
    }

    /** Every name found in the text, in text order, longest match first at each position. */
    public List<Mention> find(CharSequence text) {
        return find(Words.split(text));
    }

    public List<Mention> find(List<Words.Word> words) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Entry best = null;
            int bestLength = 0;
            for (Entry candidate : candidates(words.get(i))) {
                int n = candidate.words().size();
                if (n > bestLength && i + n <= words.size() && matchesAt(candidate, words, i)) {
                    best = candidate;
                    bestLength = n;
                }
            }
            if (best == null) {
                i++;
            } else {
                mentions.add(new Mention(best.code(), best.kind(), words.get(i).start(),
                        words.get(i + bestLength - 1).end()));
                i += bestLength;
            }
        }
        return mentions;
    }

    private List<Entry> candidates(Words.Word word) {
        List<Entry> found = new ArrayList<>(2);
        List<Entry> exact = byFirstWord.get(word.folded());
        if (exact != null) {
            found.addAll(exact);
        }
        List<Entry> exactCase = byFirstWord.get(word.raw());
        if (exactCase != null && exactCase != exact) {
            found.addAll(exactCase);
        }
        String folded = word.folded();
        for (int length : prefixLengths) {
            if (length > folded.length()) {
                break;
            }
            List<Entry> prefixed = byFirstPrefix.get(folded.substring(0, length));
            if (prefixed != null) {
                found.addAll(prefixed);
            }
        }
        return found;
    }

    private static boolean matchesAt(Entry entry, List<Words.Word> words, int at) {
        List<Pattern> patterns = entry.words();
        for (int k = 0; k < patterns.size(); k++) {
            if (!patterns.get(k).matches(words.get(at + k))) {
                return false;
            }
        }
        return true;
    }
}
