package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A headline that names an export or an import says what the story is about: a body that goes on to the wagons and
 * the railway carrying the goods keeps its trade beside corridors. "Trade" as a route's attribute in the headline (a
 * trade corridor) names no flow, and the route story stays corridors alone.
 */
class HeadlineFlowTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Barley exports stall at the border | Hundreds of wagons with barley wait at the station. The railway says the freight terminals across the border unload too slowly, so rail cargo backs up. Exporters ask for more trains.
            ru | Экспорт ячменя застрял на границе | На станции стоят сотни вагонов с ячменём. Железная дорога сообщает, что грузовые терминалы по ту сторону границы медленно разгружают составы. Экспортеры просят больше поездов.
            kk | Арпа экспорты шекарада тұрып қалды | Станцияда арпа тиелген жүздеген вагон тұр. Темір жол шекараның арғы бетіндегі терминалдар жүкті баяу түсіретінін хабарлады. Экспорттаушылар қосымша пойыз сұрайды.
            """)
    void shouldKeepTheTradeOfAnExportTheHeadlineNames(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactlyInAnyOrder("corridors", "trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | A new trade corridor opens to the sea | Hundreds of wagons a day will use the railway. The freight terminals at the port are ready, and rail cargo will reach the sea in four days. Exporters welcome the route.
            """)
    void shouldLeaveARouteStoryWhoseHeadlineNamesNoFlowAtCorridors(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("corridors");
    }
}
