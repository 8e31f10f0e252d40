package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Sentences;

/**
 * What a signing of agreements counts or is worth is both signing sides' (decision 6 of round 29: an `other` figure
 * takes the parties of what it counts). "some ten documents signed in the course of the visit", "Nous avons signé 20
 * accords de coopération", "Было подписано 15 документов", "with Uzbekistan, 14 agreements wait to be signed": the
 * sentence names one side or none, the article is about the visit or the talks between two parties. Such a figure
 * with at most one country takes the article's two parties: the headline's party and the five countries when the
 * headline names Central Asia as a whole and one other party, none of the five ("Le Japon renforce son partenariat
 * avec l'Asie centrale"), for a sentence naming none of the five, else the two
 * parties the article names most (the headline counting more), when the figure's one country is one of them. Runs over
 * an article's annotated figures once they are all known; changes only `other` figures. Stateless.
 */
final class AgreementsSigned {

    private AgreementsSigned() {
    }

    /** Stems of a verb of signing, in five languages, looked up as they stand (a cheap gate before any pattern). */
    private static final List<String> SIGNED = List.of("sign", "Sign", "подпис", "Подпис", "қол қой", "imzola",
            "имзола");

    /** What is signed: agreements, documents, memoranda, contracts, in five languages. */
    private static final Pattern SIGNED_PAPER = Pattern.compile("(?:agreement|\\baccords?\\b|document|memorand"
            + "|contract|contrat|соглашен|договор|документ|меморандум|келісім|құжат|hujjat|kelishuv|ҳужжат|келишув)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The figures with each `other` figure of a signing that names at most one country given the article's pair. */
    static List<ExtractedFigure> withSigningSides(List<ExtractedFigure> figures, ArticleFrame article,
                                                 List<Sentences.Sentence> sentences, List<Mention> mentions) {
        if (article == null || article.ranked().size() < 2 && !article.titleRegion()) {
            return figures;
        }
        List<ExtractedFigure> result = null;
        List<String> pair = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || !"other".equals(f.metric()) || countries(f.subjects()) > 1) {
                continue;
            }
            if (!signs(f.sentence()) || !SIGNED_PAPER.matcher(f.sentence()).find()) {
                continue;
            }
            if (pair == null) {
                pair = sides(article);
                if (pair.isEmpty()) {
                    return figures;
                }
            }
            String own = f.subjects().stream().filter(s -> s.length() == 2).findFirst().orElse(null);
            if (own != null && !pair.contains(own)) {
                continue;
            }
            if (pair.size() > 2 && namesCentralAsian(f.offset(), sentences, mentions)) {
                // "a $5 million deal Turkmenistan signed with Afghanistan" under "... for Central Asia and
                // Afghanistan": the sentence names its signing country of the region itself
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(pair.stream().sorted().toList()));
        }
        return result == null ? figures : result;
    }

    /** The two signing sides the article is about: the headline's party and the region, else the two most named. */
    private static List<String> sides(ArticleFrame article) {
        if (article.titleRegion() && article.title().size() == 1
                && !Subjects.CENTRAL_ASIA.contains(article.title().get(0))) {
            List<String> sides = new ArrayList<>(Subjects.CENTRAL_ASIA);
            sides.add(article.title().get(0));
            return sides;
        }
        List<String> ranked = article.ranked();
        return ranked.size() < 2 ? List.of() : List.of(ranked.get(0), ranked.get(1));
    }

    /** Whether the sentence holding offset {@code at} names a Central Asian country or a place in one. */
    private static boolean namesCentralAsian(int at, List<Sentences.Sentence> sentences, List<Mention> mentions) {
        for (Sentences.Sentence sentence : sentences) {
            if (sentence.start() <= at && at < sentence.end()) {
                for (Mention m : mentions) {
                    if (m.start() >= sentence.start() && m.start() < sentence.end()
                            && Subjects.CENTRAL_ASIA.contains(m.code())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean signs(String sentence) {
        for (String stem : SIGNED) {
            if (sentence.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static int countries(List<String> subjects) {
        int n = 0;
        for (String s : subjects) {
            if (s.length() == 2) {
                n++;
            }
        }
        return n;
    }
}
