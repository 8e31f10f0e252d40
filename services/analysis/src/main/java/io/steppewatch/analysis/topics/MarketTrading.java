package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * The English "trade", "trading" and "traded" in the sense of a market of securities: shares dropping "in premarket
 * trading", a stock down "in recent trading", debt "bought and sold in 422 trades", claims that "traded hands", a
 * disclaimer's "trading or investment strategy". A market story names no goods crossing a border, and such words made a
 * trade topic of a company's results, a debt market or a blog's disclaimer (open corpus, round 52: every dev text whose
 * trade words stand beside shares, stocks, debt or an index is labelled without trade, the US–China trade war's market
 * report aside, whose trade comes from its tariffs and trade deal).
 *
 * <p>A match of the bare trade word is dropped when its sentence (the headline is one) names a security or its market
 * ({@link #MARKET_WORDS}). Other trade terms (trade war, trade deal, tariffs, exports) are left alone, and so is the
 * bare word in any other sentence. Only articles whose words include a market word are split into sentences.
 * Immutable and thread-safe.
 */
final class MarketTrading {

    /** The lexicon term whose alternatives are the bare word: trade, trading, traded (and trades, stemmed). */
    private static final String BARE_TRADE = "trade";
    /** Folded words that name a security or its market. */
    static final Set<String> MARKET_WORDS = Set.of("shares", "stock", "stocks", "equities", "bonds", "futures",
            "premarket", "pre-market", "nasdaq", "nyse", "index", "indexes", "indices", "debt", "claims", "securities",
            "instrument", "instruments", "brokers", "brokerage");

    private MarketTrading() {
    }

    /**
     * The lexicon's {@code matches} in {@code words} (the words of {@code text}, or of a headline when {@code text} is
     * null) without the bare trade word's matches whose sentence names a market of securities; the same list when
     * there are none. English only.
     */
    static List<PhraseMatcher.Match<TopicLexicon.Term>> without(List<PhraseMatcher.Match<TopicLexicon.Term>> matches,
                                                                List<Words.Word> words, CharSequence text,
                                                                String language) {
        if (!"en".equals(language) || !hasBareTrade(matches) || !namesAMarket(words, 0, words.size())) {
            return matches;
        }
        List<Sentences.Sentence> sentences = text == null ? null : Sentences.split(text);
        List<PhraseMatcher.Match<TopicLexicon.Term>> kept = new ArrayList<>(matches.size());
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (!isBareTrade(match) || !inMarketSentence(words, sentences, match)) {
                kept.add(match);
            }
        }
        return kept.size() == matches.size() ? matches : List.copyOf(kept);
    }

    /**
     * Whether the trade words among {@code matches} (the lexicon's, in one sentence's {@code words}) are all the bare
     * trade word, and the sentence names a market of securities: a figure stated there ("$2.2 billion of claims traded
     * hands", a stock "down 5% in recent trading") is a market's, no trade between countries. False when the sentence
     * holds no trade word.
     */
    static boolean onlyOfSecurities(List<PhraseMatcher.Match<TopicLexicon.Term>> matches, List<Words.Word> words) {
        boolean bare = false;
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (!match.value().topic().equals(TopicClassifier.TRADE_TOPIC)) {
                continue;
            }
            if (!isBareTrade(match)) {
                return false;
            }
            bare = true;
        }
        return bare && namesAMarket(words, 0, words.size());
    }

    private static boolean isBareTrade(PhraseMatcher.Match<TopicLexicon.Term> match) {
        return match.value().topic().equals(TopicClassifier.TRADE_TOPIC) && match.value().text().equals(BARE_TRADE);
    }

    private static boolean hasBareTrade(List<PhraseMatcher.Match<TopicLexicon.Term>> matches) {
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (isBareTrade(match)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} from index {@code from} (inclusive) to {@code to} (exclusive) is a market word. */
    private static boolean namesAMarket(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (MARKET_WORDS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence holding {@code match} names a market; without sentences, the words are one (a headline). */
    private static boolean inMarketSentence(List<Words.Word> words, List<Sentences.Sentence> sentences,
                                            PhraseMatcher.Match<TopicLexicon.Term> match) {
        if (sentences == null) {
            return true; // the headline holds a market word (checked before), and is one sentence
        }
        int offset = words.get(match.first()).start();
        for (Sentences.Sentence sentence : sentences) {
            if (sentence.start() <= offset && offset < sentence.end()) {
                int from = match.first();
                while (from > 0 && words.get(from - 1).start() >= sentence.start()) {
                    from--;
                }
                int to = match.last() + 1;
                while (to < words.size() && words.get(to).start() < sentence.end()) {
                    to++;
                }
                return namesAMarket(words, from, to);
            }
        }
        return false;
    }
}
