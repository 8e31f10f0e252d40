package io.steppewatch.analysis.eval;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One line of seed-articles.jsonl: a seed's language, date and topics. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(String doc, String language, String published, List<String> topics) {
}
