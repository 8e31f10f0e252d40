package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Electricity one country sells to another is trade as its gas is (decision 7 of round 29): a writer says a country
 * supplies or provides electricity to a neighbour, or imports it, in every language, and a Russian writer conjugates
 * the verbs of export and import, which the light stemmer leaves apart from their nouns.
 */
class ElectricityTradeTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | More electricity for the southern neighbour | This winter the republic supplies electricity to the neighbouring provinces over two lines, and the new line will provide electricity to three more towns across the river.
            fr | Plus d'électricité pour le voisin du sud | Cet hiver, la république assure la fourniture d'électricité aux provinces voisines par deux lignes, et la nouvelle ligne doublera les livraisons d'électricité de l'autre côté du fleuve.
            ru | Больше электроэнергии для южного соседа | Этой зимой республика наращивает поставки электроэнергии в соседние провинции по двум линиям, а новая линия удвоит поставку электроэнергии за реку.
            kk | Оңтүстік көршіге электр энергиясын жеткізу артады | Биыл қыста республика көрші провинцияларға электр энергиясын жеткізуді екі желі арқылы арттырады.
            uz | Janubiy qo‘shniga elektr energiyasi yetkazib berish oshadi | Bu qishda respublika qo‘shni viloyatlarga elektr energiyasi yetkazib berishni ikki liniya orqali oshiradi.
            """)
    void shouldFileElectricitySoldToANeighbourUnderTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Республика импортирует уголь | В этом году республика импортировала больше угля, чем в прошлом, а часть его экспортировали дальше на запад.
            ru | Соседи экспортируют зерно | Зерно экспортируется через северную границу, а удобрения импортированы из-за моря.
            """)
    void shouldReadTheConjugatedVerbsOfExportAndImportAsTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Lights back on in the capital | The power supply to the city's districts was restored after the storm, the utility said, and crews are repairing the last lines.
            """)
    void shouldLeaveTheGridAtHomeOutOfTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("trade");
    }
}
