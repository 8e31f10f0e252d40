package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A Russian writer says goods were supplied with the perfective verb as often as with the imperfective one ("поставил",
 * "поставит", "поставлено" beside "поставляет"), which the light stemmer leaves apart from its line: a supplier's
 * delivery is trade evidence in every tense, and a short item about it is not outweighed by one word of its transit.
 */
class PerfectiveSupplyVerbTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Компания поставила соседям зерно
            Завод поставит соседям станки
            Станки поставлены заказчику
            """)
    void shouldCountThePerfectiveSupplyVerbAsTrade(String title) {
        assertThat(CLASSIFIER.scores(Words.split(title), Words.split(""), "ru"))
                .extracting(TopicDecision::topic).containsExactly("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Концерн поставил в республику 200 млн кубометров газа | Природный газ пришел по контракту, часть его шла транзитом через соседнюю страну.
            """)
    void shouldLeadWithTradeWhenASupplierDeliveredGoodsInTransit(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "ru"))
                .extracting(TopicDecision::topic).containsExactly("trade");
    }
}
