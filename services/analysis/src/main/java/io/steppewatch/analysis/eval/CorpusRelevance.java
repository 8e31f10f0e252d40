package io.steppewatch.analysis.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.steppewatch.analysis.region.RegionRelevance;
import io.steppewatch.analysis.region.RegionScore;

/**
 * The ingester's relevance verdict on every article of a labelled corpus: which articles {@code steppewatch run}
 * would keep, as {@code bench/corpus/e2e.sh} feeds them (title the text's first line, body the rest), scored with the
 * bundled gazetteer and threshold the ingester uses. bench/corpus/ledger_model.py reads it to judge, without Kafka,
 * the articles the pipeline keeps rather than those the labels call relevant.
 *
 * <p>Usage: {@code CorpusRelevance OUT.tsv GOLD.jsonl TEXTS [GOLD.jsonl TEXTS ...]}. Writes one line per article
 * whose text is there: {@code doc <TAB> true|false <TAB> score}.
 */
public final class CorpusRelevance {

    private CorpusRelevance() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length % 2 == 0) {
            System.err.println("usage: CorpusRelevance OUT.tsv GOLD.jsonl TEXTS [GOLD.jsonl TEXTS ...]");
            System.exit(2);
        }
        RegionRelevance relevance = RegionRelevance.withDefaults();
        int[] kept = {0, 0}; // kept, dropped
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), true, StandardCharsets.UTF_8)) {
            CorpusTexts.walk(args, 1, (gold, doc, file) -> {
                RegionScore score = verdict(relevance, Files.readString(file, StandardCharsets.UTF_8));
                out.printf(Locale.ROOT, "%s\t%s\t%.4f%n", doc, score.relevant(), score.score());
                kept[score.relevant() ? 0 : 1]++;
            }, file -> { });
        }
        System.err.printf("%d articles kept, %d dropped as not about the region, into %s%n", kept[0], kept[1], args[0]);
    }

    /** The verdict on one corpus text: its first line is the title (the feed item's), the rest the body. */
    static RegionScore verdict(RegionRelevance relevance, String text) {
        CorpusTexts.Split split = CorpusTexts.Split.of(text);
        return relevance.score(split.title(), split.body());
    }
}
