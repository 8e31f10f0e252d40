package io.steppewatch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.steppewatch.analysis.text.TsvLines;

/**
 * The baseline corpus: the seed articles bundled with steppewatch, or a user's own directory of articles.
 *
 * <p>An article is a UTF-8 {@code .txt} file whose first line is the title and the rest the body. An
 * optional {@code index.tsv} (columns: file, published, language, source, url; {@code #} starts a comment)
 * gives each file its metadata. A publication date may be a day ({@code 2023-02-03}), a month
 * ({@code 2023-10}, read as its first day with MONTHS precision) or a year ({@code 2025}, read as 1 January
 * with YEARS precision), so that relative periods are resolved only as far as the date allows.
 */
public final class SeedCorpus {

    private static final String BUNDLED_DIR = "/io/steppewatch/seeds/";
    private static final String INDEX = "index.tsv";

    private SeedCorpus() {
    }

    private record IndexEntry(String published, String language, String source, String url) {
    }

    /** The seed articles shipped on the classpath, in index order. */
    public static List<SeedArticle> bundled() {
        Map<String, IndexEntry> index = readIndex(TsvLines.fromResource(SeedCorpus.class, BUNDLED_DIR + INDEX,
                "seed index"));
        List<SeedArticle> seeds = new ArrayList<>();
        for (Map.Entry<String, IndexEntry> e : index.entrySet()) {
            String text = resource(BUNDLED_DIR + e.getKey());
            seeds.add(article(e.getKey(), text, e.getValue()));
        }
        return seeds;
    }

    /** Every {@code .txt} file of a directory, sorted by name, with the metadata of its index.tsv if present. */
    public static List<SeedArticle> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("baseline corpus directory does not exist: " + dir);
        }
        Path indexFile = dir.resolve(INDEX);
        Map<String, IndexEntry> index = Files.exists(indexFile) ? readIndex(TsvLines.fromFile(indexFile, "seed index"))
                : Map.of();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list baseline corpus " + dir, e);
        }
        List<SeedArticle> articles = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            IndexEntry entry = index.getOrDefault(name,
                    new IndexEntry(null, null, "local", file.toAbsolutePath().toUri().toString()));
            articles.add(article(name, read(file), entry));
        }
        return articles;
    }

    private static SeedArticle article(String file, String content, IndexEntry entry) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        int newline = text.indexOf('\n');
        String title = (newline < 0 ? text : text.substring(0, newline)).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1);
        LocalDate published = null;
        ChronoUnit precision = ChronoUnit.DAYS;
        if (entry.published() != null && !entry.published().isBlank()) {
            String date = entry.published().trim();
            try {
                if (date.matches("\\d{4}")) {
                    published = LocalDate.of(Integer.parseInt(date), 1, 1);
                    precision = ChronoUnit.YEARS;
                } else if (date.matches("\\d{4}-\\d{2}")) {
                    published = LocalDate.parse(date + "-01");
                    precision = ChronoUnit.MONTHS;
                } else {
                    published = LocalDate.parse(date);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad publication date '" + date + "' for " + file
                        + " (expected YYYY-MM-DD, YYYY-MM or YYYY)", e);
            }
        }
        ArticleText article = new ArticleText(file, title, body, published, entry.language());
        return new SeedArticle(file, entry.url() == null ? "seed:" + file : entry.url(), entry.source(), article,
                precision);
    }

    private static Map<String, IndexEntry> readIndex(List<TsvLines.Line> lines) {
        Map<String, IndexEntry> index = new LinkedHashMap<>();
        for (TsvLines.Line line : lines) {
            List<String> c = line.columns();
            if (c.get(0).isBlank()) {
                throw line.error("missing file name");
            }
            index.put(c.get(0).trim(), new IndexEntry(column(c, 1), column(c, 2), column(c, 3), column(c, 4)));
        }
        return index;
    }

    private static String column(List<String> columns, int i) {
        return i < columns.size() && !columns.get(i).isBlank() ? columns.get(i).trim() : null;
    }

    private static String resource(String path) {
        try (InputStream in = SeedCorpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("seed resource not found on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
