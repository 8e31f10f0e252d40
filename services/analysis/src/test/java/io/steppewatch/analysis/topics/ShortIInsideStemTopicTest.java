package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A Russian lexicon term whose stem keeps a "й" inside the word ("каспийск", "войск", "двойн", "контейнер") meets
 * the article's word: the lexicon is folded when its matcher is built, so the article's stems are folded too.
 */
class ShortIInsideStemTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            corridors | КТК        | Акционеры обсудили работу, которую Каспийский трубопроводный консорциум ведет в порту.
            corridors | ТМТМ       | Министры обсудили, как Транскаспийский маршрут свяжет порты двух стран.
            corridors | контейнеры | На станции выгрузили контейнеры, прибывшие из соседней страны.
            security  | войска     | В регион перебросили войска после встречи министров.
            security  | пограничные войска | Пограничные войска усилили охрану на участке у реки.
            sanctions | товары двойного назначения | Таможня проверяет товары двойного назначения, следующие через страну.
            """)
    void shouldMatchTermsWhoseStemKeepsShortI(String topic, String term, String body) {
        List<TopicDecision> scores = CLASSIFIER.scores(List.of(), Words.split(body), "ru");
        assertThat(scores).filteredOn(d -> d.topic().equals(topic)).singleElement()
                .satisfies(d -> assertThat(d.terms()).contains(term));
    }
}
