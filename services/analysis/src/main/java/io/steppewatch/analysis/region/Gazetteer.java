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
import java.util.List;

import io.steppewatch.analysis.text.PhraseMatcher;
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
            List<Line> all = new ArrayList<>(lines);
            all.addAll(parse(reader, file.toString()));
            return new Gazetteer(all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + file, e);
        }
    }

    private static List<Line> parse(Reader source, String name) throws IOException {
        List<Line> parsed = new ArrayList<>();
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
            if (Words.split(columns[2]).isEmpty()) {
                throw new IllegalArgumentException(name + ":" + number + ": empty name");
            }
            parsed.add(new Line(columns[0].trim(), kind, columns[2].trim()));
        }
        return parsed;
    }

    /** Every name found in the text, in text order. */
    public List<Mention> find(CharSequence text) {
        return find(Words.split(text));
    }

    /** Every name found in already split words, in text order. */
    public List<Mention> find(List<Words.Word> words) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseMatcher.Match<Place> match : matcher.findAll(words)) {
            mentions.add(new Mention(match.value().code(), match.value().kind(),
                    words.get(match.first()).start(), words.get(match.last()).end()));
        }
        return mentions;
    }
}
