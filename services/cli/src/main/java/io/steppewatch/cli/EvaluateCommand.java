package io.steppewatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.steppewatch.analysis.eval.SeedEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores the analysis of the seed corpus against its hand-made gold labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the analysis of the seed corpus against its gold labels.",
                "Recall and precision of value+unit on required figures, metric and period accuracy, topic sets per seed."},
        footer = {"", "Examples:", "  steppewatch evaluate                       # bundled seeds and gold",
                "  steppewatch evaluate --seeds ../shared/seeds --gold ../shared/gold"})
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "DIR", description = "Seed documents (with index.tsv); default: the bundled corpus.")
    Path seeds;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold labels (seed-articles.jsonl, seed-figures.jsonl); default: bundled.")
    Path gold;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (seeds != null) {
            args.addAll(List.of("--seeds", seeds.toString()));
        }
        if (gold != null) {
            args.addAll(List.of("--gold", gold.toString()));
        }
        SeedEvaluation.main(args.toArray(String[]::new));
        return 0;
    }
}
