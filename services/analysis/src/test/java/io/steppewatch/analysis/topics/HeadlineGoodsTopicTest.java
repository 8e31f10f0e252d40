package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A headline that names goods sent from one country to another is a trade story, whatever the body tells of the port,
 * the wagons or the talks behind it (decision 7 of round 29; decision 67 of round 39: goods with a partner, in the
 * headline). A headline about a country's own industry, or an attack on a line, is not.
 */
class HeadlineGoodsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Turkmen port begins loading cotton for Turkey | Dockers at the terminal worked through the weekend as the first vessel berthed at the new quay. The port's operator says the berth can take ships of up to 12,000 tonnes and that the ferry line across the sea will run twice a week from spring.
            fr | Du charbon du Kazakhstan pour l'Ouzbékistan | Les premiers wagons ont quitté la gare de Chymkent lundi. La compagnie ferroviaire prévoit trois convois par semaine sur cette ligne, qui traverse la frontière près de Saryagach.
            ru | Транзит пшеницы Казахстана в Иран через Туркменистан | Первые вагоны прошли станцию Болашак в понедельник. Железнодорожники рассчитывают отправлять по два поезда в неделю по этому маршруту до конца года.
            """)
    void shouldFileGoodsSentBetweenTwoCountriesInTheHeadlineUnderTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Germany eyes Uzbekistan's copper industry | A delegation of German engineers visited the smelter in Almalyk on Tuesday and discussed new furnaces with the plant's managers, who plan to double its output within five years.
            en | Drone attack hits oil pipeline from Kazakhstan to Russia | Three drones struck a pumping station overnight, the operator said, and the line's throughput fell by a third while crews repaired the damage to the station and its power supply.
            """)
    void shouldLeaveOwnIndustryAndAttacksOutOfTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("trade");
    }
}
