package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Road haulage and the firms that carry freight by road (trucking, truckers, hauliers, road carriers; Russian
 * `грузоперевозчики`) are freight on a road: `corridors`, as French `transport routier` (which already reads
 * `transporteurs routiers`) and Russian `автоперевоз*` already were. A bare "carriers" (aircraft, personnel or container carriers) is no
 * such word.
 */
class RoadHaulageTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en trucking | Hauliers say permit quotas are too small | The association of hauliers asked the ministry for"
                + " more permits. Local truckers lose trips to foreign firms, and the trucking sector wants"
                + " state help to renew its fleet. | en",
        "en road carriers | New rules for road carriers | From March, road carriers need a licence for every trip"
                + " abroad. The road transport union says the rules will slow the sector. | en",
        "ru грузоперевозчики | Грузоперевозчики просят больше разрешений | Отечественные грузоперевозчики"
                + " жалуются на нехватку бланков разрешений. Союз перевозчиков грузов обратился к правительству."
                + " | ru",
    })
    void shouldFileRoadHaulageUnderCorridors(String name, String title, String body, String language) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("corridors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "personnel carriers | Army shows new vehicles at parade | The parade featured tanks and armoured personnel"
                + " carriers. The defence minister watched the troops march.",
    })
    void shouldNotReadOtherCarriersAsHaulage(String name, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en"))
                .extracting(TopicDecision::topic).doesNotContain("corridors");
    }
}
