package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A bilateral meeting that reviews trade and, as a second subject, cargo flows, port infrastructure and transport
 * potential is about corridors too.
 */
class TransportCooperationTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Ministers review bilateral trade | The ministers discussed bilateral trade and mutual trade. They also spoke of cargo flows, port infrastructure and the transport potential of both countries.
            fr | Les ministres examinent les échanges commerciaux | Les ministres ont évoqué les échanges commerciaux et le commerce bilatéral, ainsi que les flux de fret, les infrastructures portuaires et le potentiel de transport des deux pays.
            ru | Министры обсудили взаимную торговлю | Министры обсудили рост товарооборота, экспорт и импорт, а также портовую инфраструктуру, транспортный потенциал и транспортное сотрудничество двух стран.
            """)
    void shouldAddCorridorsWhenTransportIsReviewedBesideTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade", "corridors");
    }
}
