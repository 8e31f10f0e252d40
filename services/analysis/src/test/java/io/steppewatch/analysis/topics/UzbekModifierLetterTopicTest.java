package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A Latin Uzbek term meets its word whether the text writes o‘ and g‘ with the turned comma or with the modifier
 * letter ʻ, the official spelling.
 */
class UzbekModifierLetterTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            trade     | qo‘shma korxona* | Viloyatda yangi qoʻshma korxonalar ochildi.
            trade     | qo‘shma korxona* | Viloyatda yangi qo‘shma korxonalar ochildi.
            corridors | Ipak yo‘l*       | Shahar Buyuk Ipak yoʻli ustida joylashgan.
            security  | to‘qnashuv*      | Chegarada toʻqnashuv sodir boʻldi.
            """)
    void shouldMatchEitherSpellingOfTheLetter(String topic, String term, String body) {
        List<TopicDecision> scores = CLASSIFIER.scores(List.of(), Words.split(body), "uz");
        assertThat(scores).filteredOn(d -> d.topic().equals(topic)).singleElement()
                .satisfies(d -> assertThat(d.terms()).contains(term));
    }
}
