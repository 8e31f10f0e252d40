package io.steppewatch.analysis.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A labelled corpus as the corpus tools read it: {@code GOLD.jsonl TEXTS} pairs on the command line, each gold line
 * with its text file {@code TEXTS/<doc>}, and each text split as {@code bench/corpus/e2e.sh} feeds it (first line the
 * title, the rest the body).
 */
final class CorpusTexts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a tool does with one gold line whose text is there. */
    interface Visitor {
        void visit(JsonNode gold, String doc, Path file) throws IOException;
    }

    /** A corpus text read as a feed item: its title and its body, both stripped. */
    record Split(String title, String body) {

        static Split of(String text) {
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int newline = text.indexOf('\n');
            String title = newline < 0 ? text : text.substring(0, newline);
            String body = newline < 0 ? "" : text.substring(newline + 1);
            return new Split(title.strip(), body.strip());
        }
    }

    private CorpusTexts() {
    }

    /**
     * Visits every non-blank gold line of the {@code GOLD.jsonl TEXTS} pairs in {@code args} from index {@code from}
     * on, in order; a line whose text file is absent goes to {@code missing} instead.
     */
    static void walk(String[] args, int from, Visitor present, Consumer<Path> missing) throws IOException {
        for (int i = from; i < args.length; i += 2) {
            Path texts = Path.of(args[i + 1]);
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = JSON.readTree(line);
                String doc = gold.path("doc").asText();
                Path file = texts.resolve(doc);
                if (Files.isRegularFile(file)) {
                    present.visit(gold, doc, file);
                } else {
                    missing.accept(file);
                }
            }
        }
    }
}
