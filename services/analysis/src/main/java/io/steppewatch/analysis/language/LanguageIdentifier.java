package io.steppewatch.analysis.language;

import java.util.List;
import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import io.steppewatch.analysis.text.Words;

/**
 * Detects an article's language: a vote of function words when it is clear-cut, Lingua otherwise.
 *
 * <p>Lingua costs about a millisecond per article even on a short sample, which alone would halve the
 * throughput target. Most news text settles the question in its first sentences by its function words ("le",
 * "the", "и", "және"): when one language has at least {@link FunctionWords#MIN_HITS} of them and three times as
 * many as any other, it wins. Anything less clear (short texts, mixed languages, languages without a list) goes
 * to Lingua, restricted to the languages the region's news is written in. The lists also cover Uzbek, Kyrgyz,
 * Tajik and Turkmen, which Lingua 1.2 lacks.
 *
 * <p>Lingua 1.2 has no model for Uzbek, Kyrgyz, Tajik or Turkmen; their texts come out as the closest
 * language it knows (Kazakh, Turkish, Azerbaijani, Persian, Ukrainian) or as undecided; so before Lingua, a text
 * the vote left open is Uzbek when it is written in Uzbek letters ({@link UzbekLetters}), and Kazakh when it is written
 * in Kazakh's Latin alphabet of 2018 ({@link KazakhLatinLetters}), which Lingua reads as Spanish, or in Kazakh's Cyrillic
 * letters ({@link KazakhCyrillicLetters}; which Lingua knows, but {@link #detectByWordsAndLetters} must tell it alone). The detector is built once, on
 * first use, with its models preloaded (no lazy loading under concurrent calls) in low-accuracy mode
 * (trigram models only: a fraction of the memory and time, and still exact on a paragraph of news). It reads
 * the title and the beginning of the body, which is plenty to tell these languages apart.
 */
public final class LanguageIdentifier {

    static final int SAMPLE_CHARS = 600;

    private static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.FRENCH, Language.RUSSIAN, Language.KAZAKH, Language.GERMAN, Language.TURKISH,
        Language.CHINESE, Language.UKRAINIAN, Language.AZERBAIJANI, Language.PERSIAN, Language.MONGOLIAN,
        Language.SPANISH, Language.ITALIAN, Language.ARABIC,
    };

    private LanguageIdentifier() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withPreloadedLanguageModels()
                .withLowAccuracyMode()
                .build();
    }

    /**
     * ISO 639-1 code of the text's language, the declared language when detection cannot decide, else null.
     */
    public static String detect(String title, String body, String declared) {
        return detect(title, body, declared, Words.split(title == null ? "" : title),
                Words.split(body == null ? "" : body));
    }

    /** As {@link #detect(String, String, String)}, with the words of title and body already split. */
    public static String detect(String title, String body, String declared, List<Words.Word> titleWords,
                                List<Words.Word> bodyWords) {
        String voted = FunctionWords.vote(titleWords, bodyWords, SAMPLE_CHARS);
        if (voted != null) {
            return voted;
        }
        String sample = sample(title, body);
        if (sample.isBlank()) {
            return normalise(declared);
        }
        String lettered = byLetters(sample);
        if (lettered != null) {
            return lettered;
        }
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return normalise(declared);
        }
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The language that the function words or the letters alone tell, without Lingua's models (which a service that
     * does not analyse need not load); null when they leave it open.
     */
    public static String detectByWordsAndLetters(String title, String body) {
        String voted = FunctionWords.vote(Words.split(title == null ? "" : title),
                Words.split(body == null ? "" : body), SAMPLE_CHARS);
        return voted != null ? voted : byLetters(sample(title, body));
    }

    /**
     * "uz" or "kk" when the sample is written in the letters only Uzbek (either script) or Kazakh (either script) uses,
     * else null.
     */
    private static String byLetters(String sample) {
        if (UzbekLetters.written(sample)) {
            return "uz";
        }
        return KazakhLatinLetters.written(sample) || KazakhCyrillicLetters.written(sample) ? "kk" : null;
    }

    static String sample(String title, String body) {
        StringBuilder sample = new StringBuilder();
        if (title != null) {
            sample.append(title).append(". ");
        }
        if (body != null) {
            int end = Math.min(body.length(), SAMPLE_CHARS);
            // Cut at a space so that the last word is whole.
            while (end < body.length() && end < SAMPLE_CHARS + 40 && !Character.isWhitespace(body.charAt(end))) {
                end++;
            }
            sample.append(body, 0, end);
        }
        return sample.toString();
    }

    private static String normalise(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String code = declared.trim().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        return dash > 0 ? code.substring(0, dash) : code;
    }
}
