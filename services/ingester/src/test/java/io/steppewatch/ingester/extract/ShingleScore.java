package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure, in Java: per document, precision and recall over 4-word shingles
 * of word tokens (counts normalised so every document weighs the same), averaged over documents, F1 from the
 * two averages. Mirrors ../shared/tools/extraction_score.py so the build can guard the figure.
 */
final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    record Counts(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    record Result(double f1, double precision, double recall) {
    }

    private ShingleScore() {
    }

    static Counts compare(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new Counts(0, 0, 0) : new Counts(tp / sum, fp / sum, fn / sum);
    }

    static Result aggregate(List<Counts> rows) {
        double precisionSum = 0;
        int precisionDocs = 0;
        double recallSum = 0;
        int recallDocs = 0;
        for (Counts row : rows) {
            if (row.tp() + row.fp() > 0) {
                precisionSum += row.precision();
                precisionDocs++;
            }
            if (row.tp() + row.fn() > 0) {
                recallSum += row.recall();
                recallDocs++;
            }
        }
        double precision = precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
        double recall = recallDocs == 0 ? 0 : recallSum / recallDocs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(f1, precision, recall);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int windows = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < windows; i++) {
            counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return counts;
    }
}
