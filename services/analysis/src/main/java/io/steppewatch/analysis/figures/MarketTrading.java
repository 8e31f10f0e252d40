package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Whether a "trading" or "traded" cue of {@code trade.turnover} speaks of a securities market rather than of trade
 * between parties: a session ("fell 5% in early trading", "during Asian trading hours"), a price moving or quoted
 * ("was last trading up 0.4%", "shares traded at $12") or securities changing owners ("claims worth $2 billion traded
 * hands"). Such a figure is a market's, `other` (the standard's `trade.turnover` is the total trade between its
 * subjects); "trading partners" and "Kazakhstan traded goods worth" keep the cue. French and Russian write a session
 * with words that are no trade cue ("en séance", "на торгах"), so the shape is English alone.
 *
 * <p>A sentence naming a market gauge ("Japan's Nikkei 225 Index declined 0.3%", "the stock was down 5%") or holding
 * such a cue speaks of that market: its figures take no trade metric from the headline or the sentence before either
 * ("US-China trade war ... Asian market latest" over the indexes' moves).
 */
final class MarketTrading {

    /** Words after "trading" that make it a price's move or a session's part ("trading up 1%", "trading hours"). */
    private static final Set<String> AFTER_TRADING = Set.of("up", "down", "higher", "lower", "flat", "at", "hours",
            "session", "sessions", "day");
    /** Words after "traded" that make it a price's move or securities changing owners ("traded hands"). */
    private static final Set<String> AFTER_TRADED = Set.of("up", "down", "higher", "lower", "flat", "at", "hands");
    /** Words before a session's "trading" ("in early trading", "during Asian trading hours"). */
    private static final Set<String> SESSION_BEFORE = Set.of("in", "during");
    /** What a trade between parties is followed by: it stays a trade cue ("in trading with China"). */
    private static final Set<String> PARTY_AFTER = Set.of("with", "between", "partner", "partners", "relations");
    /** Words that name a securities market's gauge or its trading ("stock", "Kospi Index", "premarket"). */
    private static final Set<String> GAUGES = Set.of("stock", "stocks", "index", "indexes", "indices", "futures",
            "premarket");
    private static final int TRADED_LENGTH = "traded".length();
    private static final int TRADING_LENGTH = "trading".length();
    /** How many words may stand between "in" and "trading" ("in Tuesday's early trading"). */
    private static final int SESSION_REACH = 3;

    private MarketTrading() {
    }

    /**
     * Whether the metric cue starting at word {@code index} of {@code words} is a securities market's trading (see the
     * class comment). Only "trading" and "traded" can be.
     */
    static boolean marketCue(List<Words.Word> words, int index) {
        String word = words.get(index).folded();
        boolean trading = "trading".equals(word);
        if (!trading && !"traded".equals(word)) {
            return false;
        }
        String next = index + 1 < words.size() ? words.get(index + 1).folded() : "";
        if (PARTY_AFTER.contains(next)) {
            return false;
        }
        if ((trading ? AFTER_TRADING : AFTER_TRADED).contains(next)) {
            return true;
        }
        if (!trading) {
            return false;
        }
        for (int i = index - 1; i >= 0 && i >= index - SESSION_REACH; i--) {
            if (SESSION_BEFORE.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code sentence} speaks of a securities market: it names a gauge ({@link #GAUGES}; not "rolling stock")
     * or holds a market trading cue ({@link #marketCue}).
     */
    static boolean securitiesSentence(FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        List<Words.Word> words = context.words();
        for (int i = context.wordStarts().at(sentence.start()); i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= sentence.end()) {
                break;
            }
            String folded = word.folded();
            if (GAUGES.contains(folded) && !(i > 0 && "rolling".equals(words.get(i - 1).folded()))
                    || marketCue(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** The hits of {@code hits} whose first word in {@code words} is no {@link #marketCue}. */
    static <T> List<CueLexicon.Hit<T>> withoutMarketCues(List<Words.Word> words, List<CueLexicon.Hit<T>> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        List<CueLexicon.Hit<T>> kept = null;
        for (int h = 0; h < hits.size(); h++) {
            CueLexicon.Hit<T> hit = hits.get(h);
            int length = hit.end() - hit.start();
            // only a one-word hit as long as "traded" or "trading" can be one: no search for the others
            if ((length == TRADED_LENGTH || length == TRADING_LENGTH)
                    && marketCue(words, Subjects.indexAt(words, hit.start()))) {
                if (kept == null) {
                    kept = new ArrayList<>(hits.subList(0, h));
                }
            } else if (kept != null) {
                kept.add(hit);
            }
        }
        return kept == null ? hits : kept;
    }
}
