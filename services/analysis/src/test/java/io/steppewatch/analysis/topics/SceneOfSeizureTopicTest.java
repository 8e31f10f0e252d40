package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Border guards who find drugs or contraband in a lorry, a freight train or a load at a checkpoint tell of a seizure:
 * the vehicle, the load and the post are its scene, not freight along a route, and the story is security alone. An
 * attack on a pipeline terminal is no policing of a border and keeps its corridors beside security.
 */
class SceneOfSeizureTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // border guards, heroin and a freight train's wagons at a checkpoint, in every sentence
        "en | Border guards seize heroin on a freight train"
            + " | Border guards stopped a freight train at the border crossing and found heroin in two wagons."
            + " The heroin was hidden under the cargo, the border guards said. The freight train had left the"
            + " border crossing an hour before. Border guards say heroin comes by rail more often now."
            + " | security",
        // a lorry's contraband load, found by the border service
        "ru | Пограничники задержали грузовик с грузом"
            + " | Пограничники остановили грузовик у пункта пропуска и нашли в грузе наркотики."
            + " Пограничная служба сообщила, что груз везли в вагонах и грузовиках из соседней страны."
            + " Пограничники передали грузовик и груз следователям."
            + " | security",
        // the same kind of words in an attack on a terminal and its tankers: the route is what was hit
        "en | Drones attack tankers at an oil terminal"
            + " | Drones attacked two tankers at the terminal of the CPC pipeline. The CPC said cargo loading at"
            + " the terminal went on, and freight by rail and the transit of oil were not affected. Tankers"
            + " kept loading cargo at the terminal. The attack damaged one vessel."
            + " | security,corridors",
    })
    void shouldReadTheRouteWordsOfABorderSeizureAsItsScene(String language, String title, String body,
                                                           String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the smugglers' plan to export the drugs, the customs officers who found them, the drugs' illegal turnover
        "en | Customs officers stop a heroin shipment"
            + " | Customs officers and the drug control service stopped smugglers who tried to export heroin to"
            + " Russia by lorry. The smugglers planned to take the heroin through a customs post and sell it to"
            + " buyers abroad, the customs service said. Officers seized eight kilograms of heroin. It was the"
            + " third seizure of drugs taken out of illegal turnover this year."
            + " | security",
        // the same words where trade stands on its own: a trade paragraph apart from the seizure
        "en | Customs officers stop a heroin shipment"
            + " | Customs officers and the drug control service stopped smugglers who tried to export heroin to"
            + " Russia by lorry. Officers seized eight kilograms of heroin. Meanwhile trade turnover between the"
            + " two countries rose by a tenth, and exports of fruit and imports of machinery grew. The customs"
            + " service expects foreign trade to keep growing."
            + " | security,trade",
    })
    void shouldReadTheTradeWordsOfABorderSeizureAsItsScene(String language, String title, String body,
                                                           String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactlyInAnyOrder(expected.split(","));
    }
}
