package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * The forms of a lexicon word that the light stemmers leave apart from it count as the word: the Russian genitive
 * plural with its inserted vowel ("перевозок", "поставок"), the accusative "торговлю", the plural "объемы" (whose
 * singular the stemmer cuts to "объ"), French's other spelling of Kyrgyzstan, and English verb forms and irregular
 * plurals ("trading", "supplied", "cargoes", "clash", "circumventing"), and the noun "transportation", which the English
 * stemmer leaves apart from "transport".
 */
class InflectedFormsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | corridors | перевозки     | Объем перевозок по линии вырос за зиму.
            ru | corridors | грузоперевозки | Компания нарастила объем грузоперевозок между городами.
            ru | trade     | поставки      | Стороны обсудили график поставок зерна на будущий год.
            ru | trade     | поставки газа | Договор продлевает условия поставок газа до конца десятилетия.
            ru | trade     | торговля      | Министры намерены развивать торговлю между соседними областями.
            ru | security  | погибшие      | При обстреле заставы погибли двое.
            ru | trade     | взаимная торговля | Соседи обещают нарастить взаимную торговлю зерном.
            ru | trade     | взаимная торговля | Объемы торговли зерном между соседями выросли.
            fr | corridors | transafghan   | Le chemin de fer Chine-Kirghizstan-Ouzbékistan avance.
            en | trade     | trade         | The two firms have been trading grain since the spring.
            en | trade     | supplies      | The mill supplied flour to the northern towns.
            en | corridors | cargo         | The new terminal handles cargoes bound for the coast.
            en | corridors | logistics     | The province lacks the logistical base it needs.
            en | corridors | transport     | The city wants better public transportation for its suburbs.
            en | security  | clashes       | A clash broke out near the village overnight.
            en | sanctions | circumvent    | The firm was accused of circumventing the rules on dual goods.
            fr | sanctions | contourner    | La société expédiait ses machines en contournant les règles.
            """)
    void shouldCountAFormTheStemmerLeavesApart(String language, String topic, String term, String body) {
        List<TopicDecision> scores = CLASSIFIER.scores(List.of(), Words.split(body), language);
        assertThat(scores).filteredOn(d -> d.topic().equals(topic)).singleElement()
                .satisfies(d -> assertThat(d.terms()).contains(term));
    }
}
