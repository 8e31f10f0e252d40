package io.steppewatch.processor.it;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.steppewatch.avro.Article;

/**
 * Deterministic English news for broker tests: each of a handful of facts (a metric for a pair of
 * countries in 2025) is restated by many sources. Every fact has a series of its own, so which article
 * comes first changes nothing in the alerts: exactly one per fact.
 */
final class SyntheticNews {

    private static final String[][] PAIRS = {
            {"Kazakhstan", "China"}, {"Uzbekistan", "Russia"}, {"Kyrgyzstan", "China"}, {"Tajikistan", "Russia"},
            {"Turkmenistan", "China"}, {"Kazakhstan", "Uzbekistan"}, {"Kyrgyzstan", "Kazakhstan"},
            {"Uzbekistan", "Tajikistan"}, {"Turkmenistan", "Uzbekistan"}, {"Kazakhstan", "Turkey"}};

    private static final String[] TEMPLATES = {
            "Trade turnover between %s and %s reached $%d.%d billion in 2025, officials said.",
            "Investment from %2$s in %1$s amounted to $%3$d.%4$d billion in 2025.",
            "Exports from %s to %s rose to $%d.%d billion in 2025.",
            "Imports of %s from %s totalled $%d.%d billion in 2025."};

    private static final String FILLER = "The figures were presented at a briefing in the capital. Officials"
            + " described the relationship as strategic and pointed to new logistics routes, customs cooperation and"
            + " the growing role of regional banks. Analysts expect the talks to continue at the next summit.";

    private SyntheticNews() {
    }

    static int factCount() {
        return PAIRS.length * TEMPLATES.length;
    }

    static String sentence(int fact) {
        String[] pair = PAIRS[fact % PAIRS.length];
        String template = TEMPLATES[fact / PAIRS.length];
        return String.format(template, pair[0], pair[1], 2 + fact % 7, fact % 10);
    }

    /** {@code count} articles over all facts, shuffled with a fixed seed. */
    static List<Article> articles(int count, long seed) {
        List<Article> articles = new ArrayList<>();
        Instant base = Instant.parse("2025-11-01T06:00:00Z");
        for (int i = 0; i < count; i++) {
            int fact = i % factCount();
            String id = String.format("synthetic-%05d", i);
            articles.add(Article.newBuilder()
                    .setId(id)
                    .setUrl("https://news" + (i % 17) + ".example.org/2025/" + id)
                    .setFeed("https://news" + (i % 17) + ".example.org/rss")
                    .setSource("Example News " + (i % 17))
                    .setTitle("Central Asian partners report on cooperation")
                    .setText(sentence(fact) + "\n\n" + FILLER)
                    .setLanguage("en")
                    .setPublished(base.plusSeconds(i * 60L))
                    .setFetched(base.plusSeconds(i * 60L + 5))
                    .setContentHash("hash-" + id)
                    .build());
        }
        Collections.shuffle(articles, new Random(seed));
        return articles;
    }
}
