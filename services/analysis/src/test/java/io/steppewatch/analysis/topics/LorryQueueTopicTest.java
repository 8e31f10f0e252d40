package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Lorries queued at a border and their drivers, told in the everyday Russian words (фура, дальнобойщики) with no
 * word of a crossing the lexicon knows, are freight on a road through a crossing: `corridors` (labels: "A border
 * crossing's working and traffic: corridors"; French has had camions and poids lourds).
 */
class LorryQueueTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "queue | Очередь из фур растянулась у границы | Вторые сутки фуры стоят у границы с соседней страной,"
                + " дальнобойщики ночуют в кабинах и жалуются на отсутствие воды. Власти обещают разобраться.",
        "drivers | Дальнобойщики не могут выехать из страны | Водители-дальнобойщики сообщили, что их машины"
                + " третий день не пропускают через границу. По словам водителей, колонна фур выросла до"
                + " нескольких километров.",
    })
    void shouldFileLorriesQueuedAtABorderUnderCorridors(String name, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "ru"))
                .extracting(TopicDecision::topic).containsExactly("corridors");
    }
}
