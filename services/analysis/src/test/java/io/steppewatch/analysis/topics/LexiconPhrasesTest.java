package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * A phrase counts for the first lexicon line that lists it (in the order sanctions, trade, security, corridors, then
 * line by line): a later line with the same phrase, or with a form the stemmer joins to it, is never read. The bundled
 * lexicons give each phrase one topic and one weight, so that what a file says is what counts.
 */
class LexiconPhrasesTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr", "ru", "kk", "uz"})
    void shouldGiveEveryPhraseOneTopicAndWeightWhenTheLexiconsOfALanguageAreBundled(String language) {
        Stemmer stemmer = Stemmer.forLanguage(language);
        Map<String, Map<String, String>> readingsByPhrase = new LinkedHashMap<>();
        for (String topic : TopicLexicon.TOPICS) {
            String resource = "/io/steppewatch/analysis/topics/" + topic + "." + language + ".tsv";
            for (TsvLines.Line line : TsvLines.fromResource(TopicLexicon.class, resource, "topic lexicon")) {
                // a third column (cooperation) marks how a term counts, not what it reads as
                List<String> columns = line.columns();
                String reading = topic + " " + Double.parseDouble(columns.get(0).trim());
                for (String alternative : columns.get(1).split("\\|")) {
                    readingsByPhrase.computeIfAbsent(stemmer.stemPhrase(alternative.trim()), k -> new LinkedHashMap<>())
                            .putIfAbsent(reading, topic + "." + language + ".tsv:" + line.number());
                }
            }
        }
        assertThat(readingsByPhrase).allSatisfy((phrase, readings) -> assertThat(readings).as(phrase).hasSize(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Export controls tightened | The new export controls cover machine tools, and exporters must apply for a licence.
            fr | Contrôle des exportations renforcé | Le contrôle des exportations s'étend aux machines-outils, et les exportateurs demandent une licence.
            ru | Экспортный контроль ужесточен | Экспортный контроль распространяется на станки, и экспортеры должны получить лицензию.
            """)
    void shouldCountExportControlsAsSanctionsEvidenceOnlyWhenTheSanctionsLexiconListsThem(String language, String title,
                                                                                          String body) {
        List<TopicDecision> scores = CLASSIFIER.scores(Words.split(title), Words.split(body), language);

        assertThat(scores).filteredOn(d -> d.topic().equals("sanctions")).singleElement()
                .satisfies(d -> assertThat(d.terms()).anyMatch(LexiconPhrasesTest::namesExportControls));
        assertThat(scores).filteredOn(d -> d.topic().equals("trade"))
                .allSatisfy(d -> assertThat(d.terms()).noneMatch(LexiconPhrasesTest::namesExportControls));
    }

    private static boolean namesExportControls(String term) {
        String lower = term.toLowerCase();
        return lower.contains("control") || lower.contains("contrôle") || lower.contains("контроль");
    }
}
