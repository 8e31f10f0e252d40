package io.steppewatch.analysis.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;

/**
 * Terms and weights per topic and language, read from {@code <topic>.<language>.tsv} files (bundled under
 * {@code io/steppewatch/analysis/topics/}, extensible with a directory of files named the same way).
 * Terms are stemmed with the language's {@link Stemmer} when loaded. A line has two columns, the weight and the term,
 * and may have a third, {@value #COOPERATION}, which marks a word of economic cooperation between two parties
 * (investment, joint ventures), which {@link TopicClassifier} does not let decide a topic that follows another one, or
 * {@value #POLICING}, which marks a word of the policing of a border (border guards, drugs seized, smuggling), whose
 * sentences {@link TopicClassifier} reads as the scene of a seizure rather than as a route story, or {@value #GOODS},
 * which marks a word of goods crossing a border or of a restriction on them (exports, imports, goods, supplies; an
 * export ban, export controls, dual-use goods), whose sentences beside a sanctions word {@link TopicClassifier} reads as
 * a restriction on trade in goods, or {@value #CROSSING}, which marks a border crossing point (a checkpoint, a border post
 * that road or rail traffic passes), whose naming in a headline {@link TopicClassifier} reads as a corridor story, or
 * {@value #ROUTE}, which marks a term of another topic that names a route as well (a gas pipeline: the gas sold is trade,
 * the line a route), whose naming in a headline or in several sentences {@link TopicClassifier} reads as a corridor
 * story too, or {@value #ATTACK}, which marks an attack or an explosion (on people or installations), whose naming
 * in a headline {@link TopicClassifier} reads as a security story, or {@value #HARDWARE}, which marks military
 * equipment (drones, military aircraft, armoured vehicles, air defence), which {@link TopicClassifier} counts for
 * security only in an article with no sanctions word: under sanctions the same things are goods supplied or banned.
 * Immutable and thread-safe.
 */
public final class TopicLexicon {

    public static final List<String> TOPICS = List.of("sanctions", "trade", "security", "corridors");
    public static final List<String> LANGUAGES = List.of("fr", "en", "ru", "kk", "uz");
    private static final String RESOURCE_DIR = "/io/steppewatch/analysis/topics/";
    private static final Pattern FILE_NAME = Pattern.compile("([a-z]+)\\.([a-z]{2})\\.tsv");
    /** The third column's value that marks a word of economic cooperation. */
    public static final String COOPERATION = "cooperation";
    /** The third column's value that marks a word of the policing of a border. */
    public static final String POLICING = "policing";
    /** The third column's value that marks a word of goods crossing a border, or of a restriction on them. */
    public static final String GOODS = "goods";
    /** The third column's value that marks a border crossing point. */
    public static final String CROSSING = "crossing";
    /** The third column's value that marks a term of another topic that names a route as well (a gas pipeline). */
    public static final String ROUTE = "route";
    /** The third column's value that marks an attack or an explosion. */
    public static final String ATTACK = "attack";
    /** The third column's value that marks military equipment, which counts only where no sanctions word stands. */
    public static final String HARDWARE = "hardware";

    /**
     * A lexicon term: its topic, its weight, the term as written in the file, and whether it is a word of economic
     * cooperation, of the policing of a border, of goods crossing a border, a border crossing point, or a route named by
     * a term of another topic, an attack, or military equipment (the line's third column).
     */
    public record Term(String topic, double weight, String text, boolean cooperation, boolean policing,
                       boolean goods, boolean crossing, boolean route, boolean attack, boolean hardware) {
    }

    /** A line of a lexicon; its alternatives ("OTSC|traité de sécurité collective") share one term. */
    private record Line(String language, Term term, List<String> alternatives) {
    }

    private final List<Line> lines;
    private final Map<String, PhraseMatcher<Term>> matchers = new HashMap<>();

    private TopicLexicon(List<Line> lines) {
        this.lines = List.copyOf(lines);
        Map<String, PhraseMatcher.Builder<Term>> builders = new HashMap<>();
        for (Line line : lines) {
            Stemmer stemmer = Stemmer.forLanguage(line.language());
            for (String alternative : line.alternatives()) {
                String stemmed = stemmer.stemPhrase(alternative);
                if (!stemmed.isEmpty()) {
                    builders.computeIfAbsent(line.language(), k -> PhraseMatcher.<Term>builder().longerPrefixWins())
                            .add(stemmed, line.term());
                }
            }
        }
        builders.forEach((language, builder) -> matchers.put(language, builder.build()));
    }

    public static TopicLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final TopicLexicon DEFAULTS = bundled();
    }

    private static TopicLexicon bundled() {
        List<Line> lines = new ArrayList<>();
        for (String topic : TOPICS) {
            for (String language : LANGUAGES) {
                String resource = RESOURCE_DIR + topic + "." + language + ".tsv";
                lines.addAll(parse(TsvLines.fromResource(TopicLexicon.class, resource, "topic lexicon"), topic, language));
            }
        }
        return new TopicLexicon(lines);
    }

    /**
     * This lexicon plus every {@code <topic>.<language>.tsv} file of a directory. A topic outside
     * {@link #TOPICS} is accepted, so a deployment can add its own.
     */
    public TopicLexicon extendedWith(Path directory) {
        List<Line> all = new ArrayList<>(lines);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.tsv")) {
            for (Path file : files) {
                Matcher name = FILE_NAME.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    throw new IllegalArgumentException("topic lexicon file must be named <topic>.<language>.tsv: " + file);
                }
                all.addAll(parse(TsvLines.fromFile(file, "topic lexicon"), name.group(1), name.group(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic lexicons in " + directory, e);
        }
        return new TopicLexicon(all);
    }

    PhraseMatcher<Term> matcher(String language) {
        return matchers.get(language);
    }

    private static List<Line> parse(List<TsvLines.Line> lines, String topic, String language) {
        List<Line> parsed = new ArrayList<>();
        for (TsvLines.Line line : lines) {
            List<String> columns = line.columns().size() == 3 ? line.columns() : line.columns(2, "weight, term");
            String mark = columns.size() == 3 ? columns.get(2).trim() : "";
            if (columns.size() == 3 && !mark.equals(COOPERATION) && !mark.equals(POLICING) && !mark.equals(GOODS)
                    && !mark.equals(CROSSING) && !mark.equals(ROUTE) && !mark.equals(ATTACK)
                    && !mark.equals(HARDWARE)) {
                throw line.error("third column must be '" + COOPERATION + "', '" + POLICING + "', '" + GOODS + "', '"
                        + CROSSING + "', '" + ROUTE + "', '" + ATTACK + "', '" + HARDWARE + "' or absent, got '"
                        + columns.get(2) + "'");
            }
            double weight;
            try {
                weight = Double.parseDouble(columns.get(0).trim());
            } catch (NumberFormatException e) {
                throw line.error("weight must be a number, got '" + columns.get(0) + "'", e);
            }
            List<String> alternatives = new ArrayList<>();
            for (String alternative : columns.get(1).split("\\|")) {
                if (!alternative.isBlank()) {
                    alternatives.add(alternative.trim());
                }
            }
            if (alternatives.isEmpty()) {
                throw line.error("empty term");
            }
            parsed.add(new Line(language, new Term(topic, weight, alternatives.get(0), mark.equals(COOPERATION),
                    mark.equals(POLICING), mark.equals(GOODS), mark.equals(CROSSING), mark.equals(ROUTE),
                    mark.equals(ATTACK), mark.equals(HARDWARE)),
                    List.copyOf(alternatives)));
        }
        return parsed;
    }
}
