package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A gas pipeline of the region carries gas one country sells to another: a story about one is a trade story even
 * when it never says "exports" (the labels file such stories under trade), and a named pipeline in it keeps the
 * corridors topic.
 */
class GasPipelinesTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Work on the new gas pipeline to China slows down | The fourth line of the gas pipeline is late, the energy minister said; the partners still disagree on the price, and the gas pipeline will not be finished before 2030.
            fr | Le chantier du gazoduc vers la Chine prend du retard | La quatrième ligne du gazoduc est en retard, selon le ministre de l'Énergie ; les partenaires ne s'entendent pas sur le prix et le gazoduc ne sera pas achevé avant 2030.
            ru | Строительство газопровода в Китай затягивается | Четвертая нитка газопровода отстает от графика, заявил министр энергетики; партнеры не договорились о цене, и газопровод не достроят до 2030 года.
            """)
    void shouldFileUnderTradeWhenAGasPipelineIsTheStory(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | A step forward for the TAPI gas pipeline | The partners of TAPI signed an operating agreement; the gas pipeline is to cross two countries, and the gas pipeline's diameter is settled.
            fr | Un pas de plus pour le gazoduc TAPI | Les partenaires du TAPI ont signé un accord d'exploitation ; le gazoduc doit traverser deux pays, et le diamètre du gazoduc est fixé.
            ru | Новый шаг для газопровода ТАПИ | Участники ТАПИ подписали соглашение об эксплуатации; газопровод пройдет через две страны, диаметр газопровода согласован.
            """)
    void shouldKeepCorridorsAndAddTradeWhenTheGasPipelineIsANamedRoute(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("corridors", "trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Repairs finished | The gas pipeline was repaired.
            fr | Réparations achevées | Le gazoduc a été réparé.
            ru | Ремонт завершен | Газопровод отремонтирован.
            """)
    void shouldNameTheGasPipelineAmongTradeTermsNotCorridorTerms(String language, String title, String body) {
        assertThat(CLASSIFIER.scores(Words.split(title), Words.split(body), language))
                .filteredOn(d -> d.topic().equals("trade"))
                .singleElement()
                .satisfies(d -> assertThat(d.terms()).singleElement().asString().containsAnyOf("gas", "gaz", "газ"));
        assertThat(CLASSIFIER.scores(Words.split(title), Words.split(body), language))
                .extracting(TopicDecision::topic).doesNotContain("corridors");
    }
}
