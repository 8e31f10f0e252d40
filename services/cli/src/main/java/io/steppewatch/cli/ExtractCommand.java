package io.steppewatch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.steppewatch.ingester.extract.ExtractTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs the ingester's main-text extractor on saved pages. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the main text, title, author and date of saved HTML pages (.html or .html.gz).",
        footer = {"", "Examples:", "  steppewatch extract page.html", "  steppewatch extract --json pages/*.html.gz > out.jsonl",
                "  steppewatch extract --json --stats pages/*.html.gz > out.jsonl"})
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object per line: file, title, text, published, author, language.")
    boolean json;

    @Option(names = "--stats", description = "At the end, print pages/s and bytes/s on the error stream: the "
            + "extractor alone, and the whole run.")
    boolean stats;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Saved pages.")
    List<Path> files;

    @Override
    public Integer call() {
        // No flush per line: on thousands of pages the flushes cost more than the extraction.
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        return new ExtractTool().run(files, json, stats, out, System.err);
    }
}
