package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Freight and trade told in everyday words rather than the lexicon's headline terms: wagons, cargo turnover, logistics hubs for corridors; verb forms, exporters and free trade for trade. Each sentence
 * below holds none of the older terms that would decide its topic alone.
 */
class FreightAndTradeWordsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | corridors | New border crossing opens for wagons | The border crossing will handle wagons and air cargo, and the logistics hub near Aktau doubles its throughput.
            ru | corridors | Грузооборот через Актау вырос | Грузооборот порта Актау вырос, перевалка и пропускная способность пункта пропуска растут, вагоны идут на Трансафганскую дорогу.
            fr | corridors | Nouveau poste frontière pour le transport routier | Le poste frontière accueillera les camions et le fret aérien, et la plateforme logistique d'Aktaou élargit le transbordement.
            kk | corridors | Жаңа автожол мен өткізу пункті ашылды | Ақтау маңында жаңа автожол мен өткізу пункті салынды, әуежай мен терминал кеңейді.
            uz | corridors | Yangi logistik markaz va vagon parki | Termizda yangi logistik markaz ochildi, vagonlar va poyezdlar soni oshdi, Transafg‘on yo‘li quriladi.
            en | trade | Uzbekistan exported more fruit | Uzbekistan exported fruit worth 747 million, and the free trade agreement cut the trade deficit, turnover grew.
            ru | trade | Внешнеторговый оборот вырос | Внешнеторговый оборот вырос, крупнейшие экспортеры и импортеры говорят о зоне свободной торговли.
            fr | trade | Le pays a exporté davantage | Le pays a exporté des fruits et importé des machines, et la zone de libre-échange réduit le déficit commercial.
            """)
    void shouldFindTheTopicWhenTheArticleUsesEverydayFreightOrTradeWords(String language, String topic, String title,
                                                                        String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Army convoy of trucks crosses the city | Military trucks and armoured vehicles moved through the city on the road to the barracks.
            """)
    void shouldNotFindCorridorsWhenTrucksAndRoadsServeAnotherStory(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("corridors");
    }
}
