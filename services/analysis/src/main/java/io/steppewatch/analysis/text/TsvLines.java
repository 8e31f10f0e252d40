package io.steppewatch.analysis.text;

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

/**
 * Reads the tab-separated files the analysis is configured with (bundled resources and users' files alike):
 * UTF-8, one record a line, blank lines and lines starting with {@code #} left out, columns split on tabs.
 *
 * <p>Each {@link Line} keeps its source and line number, so whoever interprets the columns can point at the
 * exact line that is wrong.
 */
public final class TsvLines {

    private TsvLines() {
    }

    /**
     * One non-blank, non-comment line.
     *
     * @param source the file or classpath resource it comes from
     * @param number its 1-based line number in that source
     * @param text the line as written
     * @param columns the line split on tabs (trailing empty columns dropped)
     */
    public record Line(String source, int number, String text, List<String> columns) {

        public Line {
            columns = List.copyOf(columns);
        }

        /** {@code source:number}, the prefix of every error about this line. */
        public String where() {
            return source + ":" + number;
        }

        public String column(int index) {
            return columns.get(index);
        }

        /** The columns, after checking there are exactly {@code count} of them (named by {@code names}). */
        public List<String> columns(int count, String names) {
            if (columns.size() != count) {
                throw error("expected " + count + " tab-separated columns (" + names + "), got " + columns.size()
                        + ": " + text);
            }
            return columns;
        }

        /** An error about this line: its source and number, then the message. */
        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where() + ": " + message);
        }

        public IllegalArgumentException error(String message, Throwable cause) {
            return new IllegalArgumentException(where() + ": " + message, cause);
        }
    }

    /**
     * The lines of a classpath resource, found relative to {@code anchor}'s class loader as
     * {@link Class#getResourceAsStream} does; {@code what} names it in errors ("unit lexicon").
     */
    public static List<Line> fromResource(Class<?> anchor, String resource, String what) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " not found on the classpath: " + resource);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " classpath:" + resource, e);
        }
    }

    /** The lines of a user's file; {@code what} names it in errors ("gazetteer file"). */
    public static List<Line> fromFile(Path file, String what) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        }
    }

    static List<Line> read(Reader source, String name) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            lines.add(new Line(name, number, text, List.of(text.split("\t"))));
        }
        return lines;
    }
}
