package io.steppewatch.ingester.extract;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Runs the extractor over saved pages and prints one result per file, so anyone can measure it:
 * {@code extract [--json] [--stats] FILE...}. Files may be gzip-compressed ({@code .gz}). A file that cannot be
 * read is reported on the error stream and the others still run; the exit code is non-zero when any file failed.
 * With {@code --stats}, a last line on the error stream says how fast the pages went through the extractor.
 */
public final class ExtractTool {

    /** Saved pages larger than this (after decompression) are refused rather than read into memory. */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    private final ArticleExtractor extractor;
    /** Jackson's streaming writer, not an ObjectMapper: the same JSON, without building a mapper at start-up. */
    private final JsonFactory json = new JsonFactory();

    public ExtractTool() {
        this(new ArticleExtractor());
    }

    public ExtractTool(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) {
        List<Path> files = new ArrayList<>();
        boolean json = false;
        boolean stats = false;
        for (String arg : args) {
            if ("--json".equals(arg)) {
                json = true;
            } else if ("--stats".equals(arg)) {
                stats = true;
            } else if ("-h".equals(arg) || "--help".equals(arg)) {
                System.out.println(usage());
                return;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println(usage());
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.exit(new ExtractTool().run(files, json, stats, out, System.err));
    }

    static String usage() {
        return "usage: extract [--json] [--stats] FILE...  (FILE: saved HTML page, .html or .html.gz)";
    }

    /**
     * Extracts every file in turn.
     *
     * @return 0 when every file was read, 1 when any could not be
     */
    public int run(List<Path> files, boolean asJson, PrintStream out, PrintStream err) {
        return run(files, asJson, false, out, err);
    }

    /**
     * Extracts every file in turn and, when {@code stats} is set, ends with a line on {@code err} giving pages and
     * bytes per second: once for the extractor alone, once for the whole run (reading, decoding, printing too).
     *
     * @return 0 when every file was read, 1 when any could not be
     */
    public int run(List<Path> files, boolean asJson, boolean stats, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        long extracting = 0;
        long bytes = 0;
        int pages = 0;
        int failures = 0;
        for (Path file : files) {
            byte[] raw;
            try {
                raw = readBytes(file);
            } catch (IOException | UncheckedIOException e) {
                failures++;
                err.println("extract: cannot read " + file + ": " + describe(e));
                continue;
            }
            String html = decode(raw);
            long before = System.nanoTime();
            ExtractedPage page = extractor.extract(html, file.toAbsolutePath().toUri().toString());
            extracting += System.nanoTime() - before;
            bytes += raw.length;
            pages++;
            out.println(asJson ? toJson(file, page) : toBlock(file, page));
        }
        out.flush();
        if (stats) {
            err.println(statsLine(pages, bytes, extracting, System.nanoTime() - started));
        }
        return failures == 0 ? 0 : 1;
    }

    /** For benches outside this package: the page's bytes as {@link #run} reads them. */
    public static byte[] readBytesOf(Path file) throws IOException {
        return readBytes(file);
    }

    /** For benches outside this package: the page's text as {@link #run} decodes it. */
    public static String decodeBytes(byte[] bytes) {
        return decode(bytes);
    }

    static String statsLine(int pages, long bytes, long extractNanos, long wallNanos) {
        return String.format(Locale.ROOT,
                "extract stats: %d pages, %.1f MB; extractor %.2f s: %.1f pages/s, %.2f MB/s;"
                        + " whole run %.2f s: %.1f pages/s, %.2f MB/s",
                pages, bytes / 1e6,
                extractNanos / 1e9, perSecond(pages, extractNanos), perSecond(bytes, extractNanos) / 1e6,
                wallNanos / 1e9, perSecond(pages, wallNanos), perSecond(bytes, wallNanos) / 1e6);
    }

    private static double perSecond(double count, long nanos) {
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }

    private String toJson(Path file, ExtractedPage page) {
        StringWriter line = new StringWriter(page.text().length() + 256);
        try (JsonGenerator row = json.createGenerator(line)) {
            row.writeStartObject();
            row.writeStringField("file", file.toString());
            row.writeStringField("title", page.title());
            row.writeStringField("text", page.text());
            row.writeStringField("published", page.published() == null ? null : page.published().toString());
            if (page.publishedPrecision() != null) {
                row.writeStringField("publishedPrecision", page.publishedPrecision().name());
            }
            row.writeStringField("author", page.author());
            row.writeStringField("language", page.language());
            row.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return line.toString();
    }

    private static String toBlock(Path file, ExtractedPage page) {
        return "== " + file + "\n"
                + "title:     " + page.title() + "\n"
                + "published: " + (page.published() == null ? "-" : page.published()
                        + (page.publishedPrecision() == null ? "" : " (" + page.publishedPrecision() + ")")) + "\n"
                + "author:    " + (page.author() == null ? "-" : page.author()) + "\n"
                + "language:  " + (page.language() == null ? "-" : page.language()) + "\n\n"
                + page.text() + "\n";
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads a saved page, decompressing .gz, and decodes it by its byte-order mark or declared charset. */
    static String read(Path file) throws IOException {
        return decode(readBytes(file));
    }

    /** The page's bytes as saved, decompressed when the file is .gz. */
    static byte[] readBytes(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        byte[] bytes;
        // Buffered on both sides: the gzip stream reads its header byte by byte and the rest 512 bytes at a time,
        // each a read from the file (thousands of system calls a run).
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
             InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                     ? new GZIPInputStream(raw, 64 * 1024) : raw) {
            bytes = readBounded(in);
        }
        return bytes;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > MAX_FILE_BYTES) {
                throw new IOException("larger than " + MAX_FILE_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        // The charset declaration must sit near the top of the page; ASCII is enough to find it.
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                charset = StandardCharsets.UTF_8;
            }
        }
        return new String(bytes, charset);
    }
}
