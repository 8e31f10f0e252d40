package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * An export pipeline known by its name (the CPC, BTC, TAPI, the Central Asia-China gas pipeline in its several names)
 * carries a route's freight: the corridors topic.
 */
class NamedPipelinesTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | CPC expects lower volumes this year | The Caspian Pipeline Consortium said it would handle less oil than planned, its chief executive told reporters.
            fr | Le CPC prêt à augmenter ses livraisons | Le Consortium de l'oléoduc de la Caspienne a indiqué que ses volumes de pétrole avaient baissé l'an dernier.
            ru | КТК снизил объемы | Каспийский трубопроводный консорциум сообщил о снижении объемов в прошлом году.
            """)
    void shouldFileUnderCorridorsWhenANamedPipelineIsTheStory(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("corridors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Ten years of the Turkmenistan-China gas pipeline | The Turkmenistan-China gas pipeline crosses Uzbekistan and Kazakhstan. Its third branch was finished last year, and the Turkmenistan-China natural gas pipeline now carries more natural gas to China.
            fr | Dix ans du gazoduc d'Asie centrale | Le gazoduc d'Asie centrale traverse l'Ouzbékistan et le Kazakhstan. Sa troisième ligne a été achevée l'an dernier, et le gazoduc Asie centrale-Chine achemine davantage de gaz naturel vers la Chine.
            """)
    void shouldFileUnderCorridorsWhenTheCentralAsiaChinaGasLineIsTheStory(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("corridors");
    }
}
