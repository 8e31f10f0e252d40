package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A gas pipeline is a route as well as the way gas is sold: an article that names the line in its headline or in three
 * sentences is about the line and is corridors as well as trade; one that names it once as the way the gas goes is
 * trade alone (the gas-pipeline decision of 2026-12-04).
 */
class RouteLineTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Turkmenistan pushes a new gas pipeline to the south | The government wants gas exports to its southern"
                + " neighbours to double. Buyers have asked for more supplies of gas next winter. Officials say the"
                + " price talks are going well. | corridors,trade",
        "fr | Le Turkménistan veut vendre plus de gaz | Achgabat veut doubler ses exportations de gaz. Le gazoduc"
                + " vers le sud doit être achevé en deux ans. Les travaux du gazoduc ont repris au printemps. Le coût"
                + " du gazoduc est partagé entre les acheteurs. Les exportations de gaz financeront la suite. |"
                + " corridors,trade",
        "ru | Туркменистан наращивает экспорт газа | Экспорт газа вырос на треть. Покупатели просят увеличить"
                + " поставки газа. Газ идет в Китай по газопроводу, открытому десять лет назад. Цены на газ"
                + " остаются высокими. | trade",
    })
    void shouldMakeAnArticleAboutAGasPipelineACorridorStory(String language, String title, String body,
                                                            String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactlyInAnyOrder(expected.split(","));
    }
}
