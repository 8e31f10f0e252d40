package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/** A short dispatch that names its one topic twice in a specific word is filed under it; a long one is not. */
class ShortItemTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();
    private static final String FILLER = " The weather in the valley stayed mild and the roads to the villages were open.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | security | Police report from Sughd | Police found heroin hidden in a car near Khujand. The heroin was handed to the prosecutor.
            ru | security | Происшествие на Памире | Пограничники остановили двух жителей соседней страны. Пограничники передали их полиции.
            """)
    void shouldFileAShortItemUnderItsOneTopicBelowTheUsualFloor(String language, String topic, String title,
                                                               String body) {
        List<TopicDecision> scores = CLASSIFIER.scores(Words.split(title), Words.split(body), language);
        assertThat(scores.get(0).score())
                .isLessThan(TopicClassifier.LONE_TOPIC_SHARE * CLASSIFIER.threshold());

        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Police report from Sughd | Police found heroin hidden in a car near Khujand. The heroin was handed to the prosecutor.
            """)
    void shouldKeepTheUsualFloorForALongArticle(String language, String title, String body) {
        String longBody = body + FILLER.repeat(15);
        assertThat(Words.split(longBody).size()).isGreaterThanOrEqualTo(TopicClassifier.SHORT_BODY_WORDS);

        assertThat(CLASSIFIER.classify(title, longBody, language)).isEmpty();
    }
}
