package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/** Oil sold abroad is trade, as gas is: a pipeline story about a country's oil exports is corridors and trade. */
class OilExportsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Kazakhstan may cut oil exports via the CPC pipeline | Kazakhstan could reduce oil exports through the Caspian Pipeline Consortium, the main export route for its crude exports, as the pipeline's terminal needs repairs.
            fr | Le Kazakhstan cherche de nouvelles voies d'exportation | Les exportations de pétrole du Kazakhstan passent par l'oléoduc du CPC, le transit par la Caspienne et le port d'Aktau ; le pays cherche d'autres voies d'exportation et un nouveau corridor de transport.
            ru | Казахстан ищет новые экспортные маршруты | Экспорт нефти Казахстана идет по нефтепроводу КТК через порт Новороссийск; страна ищет другие экспортные маршруты, транзит через Каспий и новый транспортный коридор.
            """)
    void shouldAddTradeWhenAPipelineStoryIsAboutOilExports(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("corridors", "trade");
    }
}
