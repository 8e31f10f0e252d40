package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * The border commissions' topographic groups, which describe the line of a state border kilometre by kilometre, are
 * delimitation told in other words: a security story, like the demarcation it prepares.
 */
class TopographicBorderTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Neighbours describe more of their border | The topographic groups of the two states met again and"
                + " agreed on a further stretch of the state border. The topographers will meet next month.",
        "ru | Соседи описали ещё часть границы | Топографические рабочие группы двух государств провели"
                + " встречу и описали ещё один участок государственной границы. Следующее заседание топографических"
                + " рабочих групп пройдёт в марте.",
        "fr | Les voisins décrivent une partie de la frontière | Les groupes de travail topographiques des deux"
                + " États ont décrit un nouveau tronçon de la frontière d'État. Les topographes se retrouveront en mars.",
    })
    void shouldAssignSecurityWhenTopographicGroupsDescribeTheBorder(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("security");
    }
}
