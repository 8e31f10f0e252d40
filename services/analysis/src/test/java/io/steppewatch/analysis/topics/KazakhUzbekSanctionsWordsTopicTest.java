package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * The Kazakh and Uzbek sanctions lists hold the words the Russian and English ones do: circumventing sanctions, frozen
 * assets, a blacklist, dual-use goods (Uzbek; the Kazakh phrase stands in the trade list), parallel imports, and the
 * Uzbek spelling sanktsiya, in their inflected forms and either script (a term's evidence is named by its first
 * spelling).
 */
class KazakhUzbekSanctionsWordsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', textBlock = """
            kk ; айналып өт* ; Компаниялар шектеулерді айналып өтуге тырысты.
            kk ; активтер* бұғатта* ; Банктің активтері бұғатталды.
            kk ; параллель импорт* ; Параллель импорт көлемі өсті.
            uz ; sanktsiya* ; Yangi sanktsiyalar e'lon qilindi.
            uz ; qora ro‘yxat* ; Kompaniya qora roʻyxatga kiritildi.
            uz ; chetlab o‘t* ; Cheklovlarni chetlab o‘tish holatlari aniqlandi.
            uz ; aktiv* muzlat* ; Банкнинг активлари музлатилди.
            uz ; ikki tomonlama maqsad* ; Ikki tomonlama maqsadli tovarlar olib o‘tildi.
            """)
    void shouldFindTheSanctionsWord(String language, String term, String body) {
        List<TopicDecision> scores = CLASSIFIER.scores(List.of(), Words.split(body), language);
        assertThat(scores).filteredOn(d -> d.topic().equals("sanctions")).singleElement()
                .satisfies(d -> assertThat(d.terms()).contains(term));
    }
}
