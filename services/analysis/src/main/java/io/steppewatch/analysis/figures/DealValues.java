package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;

/**
 * What a deal is worth is both sides' (decision 6: an `other` figure takes the parties of what it counts or is worth;
 * a contract, an agreement, a memorandum has two sides). "Agreements worth over $100 million were reached in
 * Tashkent", "$5b of deals in Turkmenistan", "an investment agreement between the Ministry of Agriculture of
 * Kyrgyzstan and a Hebei firm — $260 million", "a maintenance contract worth 120 million euros": the sentence names
 * one side, and names the other only by a firm, an abbreviation or an adjective the gazetteer does not read, or not
 * at all. When the headline names exactly two countries, one of them the figure's one party ("Kyrgyzstan and China
 * sign agreements", "Seoul looks at $6b of fresh deals with Turkmenistan"), the figure takes both. Unlike {@link
 * AgreementsSigned}, no verb of signing is asked for (deals reached, agreed on, worth, in force) and the pair is the
 * headline's, not the article's most named. Changes only money figures read `other` with exactly one party, a
 * country. Runs over an article's annotated body figures. Stateless.
 */
final class DealValues {

    private DealValues() {
    }

    /** Beginnings of the nouns of deals, looked up first (cheap) on the lower-cased sentence. */
    private static final List<String> DEAL_KEYS = List.of("contract", "deal", "agreement", "accord", "contrat",
            "convention", "memorand", "mémorand", "соглашен", "договор", "контракт", "меморандум", "kelishuv",
            "shartnoma", "келісім", "келишув", "шартнома");

    /** The nouns of deals as words ("deal" and not "dealer" or "ideal", "accord" and not "according"). */
    private static final Pattern DEAL = Pattern.compile("(?:^|[^\\p{L}])(?:contracts?|deals?|agreements?|accords?"
            + "|contrats?|conventions?|memorand\\p{L}*|mémorand\\p{L}*)(?![\\p{L}])"
            + "|соглашен|договор|контракт|меморандум|kelishuv|shartnoma|келісім|келишув|шартнома");

    /** The figures with each deal's value of one party given the headline's two countries. */
    static List<ExtractedFigure> withBothSides(List<ExtractedFigure> figures, ArticleFrame article) {
        if (article == null || article.title().size() < 2) {
            return figures;
        }
        List<String> pair = null;
        List<ExtractedFigure> result = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || !FigureAnnotator.OTHER.equals(f.metric()) || f.subjects().size() != 1
                    || !money(f.unit()) || f.sentence() == null) {
                continue;
            }
            if (pair == null) {
                pair = titleCountries(article);
            }
            if (pair.size() != 2 || !pair.contains(f.subjects().get(0)) || !namesADeal(f.sentence())) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(pair.stream().sorted().toList()));
        }
        return result == null ? figures : result;
    }

    /** The distinct countries (two-letter codes) the headline names, in order. */
    private static List<String> titleCountries(ArticleFrame article) {
        List<String> countries = new ArrayList<>(2);
        for (String code : article.title()) {
            if (code.length() == 2 && !countries.contains(code)) {
                countries.add(code);
            }
        }
        return countries;
    }

    private static boolean money(String unit) {
        return unit != null && unit.length() == 3 && Character.isUpperCase(unit.charAt(0)) && !"TEU".equals(unit);
    }

    private static boolean namesADeal(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return TextWalks.containsAny(lower, DEAL_KEYS) && DEAL.matcher(lower).find();
    }
}
