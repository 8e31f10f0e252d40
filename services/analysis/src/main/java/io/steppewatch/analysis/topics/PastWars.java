package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * The security words of a sentence about the past: a world war, a war of independence fifty years on, a dictatorship's
 * arrests of the 1970s. The labels give a commemoration, a history lesson or a court's ruling on an old massacre no
 * topic (the open corpus's dev parts: Algeria's fifty years of independence, a First World War memorial in Moscow, the
 * Second World War in a Chinese leader's speech), while a war going on is security.
 *
 * <p>A body sentence is of the past when it names a world war ({@link #NAMED_PAST_WAR}), or a year, or a decade, at
 * least {@link #MIN_YEARS_BEFORE} years before the newest year the title or the body names (the text's own "now";
 * the classifier is not told the publication date). The security matches of such sentences count for nothing; the
 * title's and every other sentence's stay, so a war of today with a line of background keeps its topic. When more
 * than a third of the body's security matches stand in such sentences, the page is about the past and none of its
 * body's security matches counts (the memorial's fallen, the veterans' army): a third and not a half, as a
 * commemoration tells its war's story in sentences that name no year; a quarter lost a war-crimes sentence of the dev
 * part (Mladić's, whose war of the 1990s is security by the labels). {@link TopicClassifier} applies it only to a
 * page that names no part of the region. Immutable and thread-safe.
 */
final class PastWars {

    /** How many years before the text's newest year a year must lie for its sentence to be of the past. */
    static final int MIN_YEARS_BEFORE = 30;
    /** A page is about the past when more than 1 / this of its body's security matches stand in past sentences. */
    static final int PAGE_SHARE_DIVISOR = 3;
    /** A world war or the Great Patriotic War, in English, French and Russian, any case. */
    static final Pattern NAMED_PAST_WAR = Pattern.compile(
            "(?iu)world\\s+war|guerre\\s+mondiale|мирово[йю]\\s+войн|отечественн\\p{L}*\\s+войн");
    /** A year of 1800-2099 standing alone, or the first year of a decade ("1970s", "1940-х", "années 1960"). */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(1[89]\\d\\d|20\\d\\d)(?![\\p{N}])");
    /** Whether a text may hold a past sentence at all: a year of 1800-1999 or a world war's word. */
    private static final Pattern CUE = Pattern.compile(
            "(?iu)1[89]\\d\\d|world\\s+war|mondiale|мирово|отечественн");

    private PastWars() {
    }

    /** Whether {@code text} may hold a sentence of the past: a cheap gate before the sentences are read. */
    static boolean mayName(CharSequence text) {
        return text != null && CUE.matcher(text).find();
    }

    /** The body's matches less the security matches of its sentences of the past; the same list when none is. */
    static List<PhraseMatcher.Match<TopicLexicon.Term>> without(List<PhraseMatcher.Match<TopicLexicon.Term>> matches,
                                                                List<Words.Word> body, CharSequence bodyText,
                                                                CharSequence titleText) {
        boolean security = false;
        for (PhraseMatcher.Match<TopicLexicon.Term> m : matches) {
            security |= m.value().topic().equals(TopicClassifier.SECURITY_TOPIC);
        }
        if (!security) {
            return matches;
        }
        int now = Math.max(newestYear(titleText), newestYear(bodyText));
        List<Sentences.Sentence> sentences = Sentences.split(bodyText);
        List<PhraseMatcher.Match<TopicLexicon.Term>> kept = new ArrayList<>(matches.size());
        Sentences.Sentence lastRead = null;
        boolean lastPast = false;
        for (PhraseMatcher.Match<TopicLexicon.Term> m : matches) {
            if (!m.value().topic().equals(TopicClassifier.SECURITY_TOPIC)) {
                kept.add(m);
                continue;
            }
            Sentences.Sentence sentence = Sentences.containing(sentences, body.get(m.first()).start());
            if (sentence == null) {
                kept.add(m);
                continue;
            }
            if (sentence != lastRead) {
                lastRead = sentence;
                lastPast = ofThePast(bodyText.subSequence(sentence.start(), sentence.end()), now);
            }
            if (!lastPast) {
                kept.add(m);
            }
        }
        if (kept.size() == matches.size()) {
            return matches;
        }
        int past = matches.size() - kept.size();
        int securityCount = 0;
        for (PhraseMatcher.Match<TopicLexicon.Term> m : matches) {
            if (m.value().topic().equals(TopicClassifier.SECURITY_TOPIC)) {
                securityCount++;
            }
        }
        // A page whose security words stand for more than a third in sentences of the past is a page about the past:
        // its other security words tell the same story (the war's fallen, the army's veterans at the memorial).
        if (past * PAGE_SHARE_DIVISOR > securityCount) {
            return matches.stream().filter(m -> !m.value().topic().equals(TopicClassifier.SECURITY_TOPIC)).toList();
        }
        return kept;
    }

    /** Whether a sentence names a world war or a year {@link #MIN_YEARS_BEFORE} years or more before {@code now}. */
    static boolean ofThePast(CharSequence sentence, int now) {
        if (NAMED_PAST_WAR.matcher(sentence).find()) {
            return true;
        }
        if (now <= 0) {
            return false;
        }
        Matcher year = YEAR.matcher(sentence);
        while (year.find()) {
            if (now - Integer.parseInt(year.group(1)) >= MIN_YEARS_BEFORE) {
                return true;
            }
        }
        return false;
    }

    /** The newest year of 1800-2099 that {@code text} names; 0 when it names none. */
    static int newestYear(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int newest = 0;
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            newest = Math.max(newest, Integer.parseInt(year.group(1)));
        }
        return newest;
    }
}
