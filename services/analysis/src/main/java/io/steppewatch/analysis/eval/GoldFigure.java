package io.steppewatch.analysis.eval;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One line of seed-figures.jsonl: a figure a correct analysis finds (see ../shared/gold/README.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldFigure(String doc, String quote, double value, String unit, String measure, String metric,
                         List<String> subjects, String period, boolean required) {
}
