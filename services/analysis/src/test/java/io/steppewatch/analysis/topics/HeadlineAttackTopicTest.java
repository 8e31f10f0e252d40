package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A headline that names an attack or an explosion makes a security story, whatever the body goes on to: the oil sent
 * another way after a strike on a terminal, the power cut after a blast on a line. An attack the body mentions in
 * passing, under a headline about the route, adds nothing.
 */
class HeadlineAttackTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru | Нефть пойдет другим маршрутом после атаки на терминал | Экспортеры перенаправят нефть по железной дороге"
                + " и через порт Актау. Транзит по нефтепроводу сократится на треть. Перевалка в порту вырастет до"
                + " конца года. Маршруты через Каспий уже загружены. | corridors,security",
        "en | Explosion on a power line leaves the capital without light | Police said insurgents set the charge"
                + " under the pylon. Electricity supplies from the neighbouring country stopped overnight. Imports of"
                + " power make up most of the city's supply. | security,trade",
        "en | Oil terminal resumes loading tankers | The seaport's berths are working again. Exports through the"
                + " pipeline and the port recovered to the usual throughput. Tankers left for Europe. The terminal"
                + " had stopped after an attack in spring. | corridors",
    })
    void shouldMakeAnAttackInTheHeadlineASecurityStory(String language, String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactlyInAnyOrder(expected.split(","));
    }
}
