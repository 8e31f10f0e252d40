package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A gas swap (a neighbour passes one country's gas on to a buyer and delivers its own in its place) is a sale of gas,
 * `trade` (labels' decision 45 of round 37: gas "sold, supplied, delivered, bought, imported, swapped"); a story that
 * names the swap and little else of the gas sold is trade all the same. "Swap" in another sense makes no trade.
 */
class GasSwapTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ru | Иран продолжит своп туркменского газа в Азербайджан | Иранская компания принимает туркменский газ на"
                + " северной границе и отдаёт такой же объём азербайджанской стороне. По словам чиновника, своповые"
                + " операции будут расширены в следующем году. | trade",
        "en | Iran widens swap deliveries of Turkmen gas to Azerbaijan | The Iranian company takes Turkmen gas on its"
                + " northern border and hands an equal volume to the Azerbaijani side. The official said the swap"
                + " scheme would grow next year. | trade",
        "fr | L'Iran élargit le swap gazier vers l'Azerbaïdjan | La compagnie iranienne reçoit le gaz turkmène à sa"
                + " frontière nord et remet un volume égal à la partie azerbaïdjanaise. Selon le responsable, les"
                + " opérations de swap augmenteront l'an prochain. | trade",
    })
    void shouldFileAGasSwapUnderTrade(String language, String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Security firms swap out local guards | Chinese security companies began to swap out local guards for"
                + " their own staff at the mines this year.",
    })
    void shouldNotReadAnotherSwapAsTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("trade");
    }
}
