package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A sanctions story that tells of a restriction on goods (an export ban, export controls, dual-use goods shipped to a
 * sanctioned country) in its headline, its lead or two sentences of its body is trade as well as sanctions (labels'
 * decision 8 of round 30), however few trade words it has; a sanctions story on a person or a bank that names such a
 * restriction in one sentence past the lead stays sanctions alone.
 */
class RestrictedGoodsTradeTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // two sentences of the body, past the lead
        "en | Washington lists more firms in Central Asia | The Treasury added twelve companies to its sanctions list"
                + " on Tuesday. The firms are based in Bishkek and Almaty. Officials said the companies shipped dual-use"
                + " goods to Russian buyers. Such parts fall under American export controls. The listing freezes their"
                + " assets in the United States. | sanctions,trade",
        // the lead
        "ru | США расширили санкционный список | Министерство торговли США ввело экспортный контроль против пяти"
                + " компаний из Узбекистана. Компании зарегистрированы в Ташкенте. Власти Узбекистана пока не"
                + " прокомментировали решение. | sanctions,trade",
        // the headline
        "fr | Bruxelles interdit l'exportation de machines-outils vers le Kirghizstan | L'Union européenne a adopté"
                + " un nouveau paquet de sanctions contre la Russie. Le texte vise aussi plusieurs entreprises."
                + " Bichkek a protesté. | sanctions,trade",
        // one sentence in passing: a person's sanctions
        "en | Washington sanctions a businessman close to the Kremlin | The Treasury imposed sanctions on the"
                + " businessman and his yacht on Tuesday. His assets in the United States are frozen. The sanctions"
                + " also cover two of his companies. A separate rule on dual-use goods was extended last month. The"
                + " businessman denied any wrongdoing. | sanctions",
        "ru | Санкции против бизнесмена продлены | Евросоюз продлил санкции против бизнесмена на полгода. Его"
                + " активы в Европе остаются замороженными. Отдельно обсуждался запрет на экспорт станков. Бизнесмен"
                + " намерен обжаловать решение в суде. | sanctions",
    })
    void shouldAddTradeToSanctionsWhenTheHeadlineTheLeadOrTwoSentencesRestrictGoods(String language, String title,
                                                                                    String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }
}
