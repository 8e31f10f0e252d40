package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Electricity a country buys from or sends to a neighbour is trade however the sentence words it ({@link PowerFlows}):
 * an amount in kilowatt-hours between the verb and the unit, an adjective between the deliveries and the electricity,
 * the flow after the electricity. The lexicons' fixed phrases ("electricity exports", "поставки электроэнергии") miss
 * such wordings, and a winter-deficit story that says it only so got no topic (gold-zh, zl; zs-fr-003 falls just short).
 */
class PowerFlowsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | A cold season for the mountain republic | The mountain republic is short of 2 billion kilowatt-hours for the cold season, the minister told reporters on Monday. Most of the shortfall will be covered by the neighbours: one of them will deliver 700 million kWh by March and the rest will be imported in spring.
            fr | La saison froide de la république des montagnes | La république des montagnes manque de deux milliards de kilowattheures pour la saison froide, a déclaré le ministre lundi. Les voisins ont promis des livraisons supplémentaires d'électricité avant mars.
            ru | Холодный сезон горной республики | Горной республике на холодный сезон не хватает 2 млрд киловатт-часов, сообщил министр в понедельник. Большую часть нехватки покроют соседи: один из них поставит 700 млн кВт*ч до марта.
            """)
    void shouldFileElectricityBoughtFromNeighboursUnderTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Cars and the winter grid | The republic buys most of its cars in Japan, while many of its villages still go without reliable electricity through the winter months.
            """)
    void shouldLeaveElectricityAndAFlowFarApartAlone(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("trade");
    }
}
