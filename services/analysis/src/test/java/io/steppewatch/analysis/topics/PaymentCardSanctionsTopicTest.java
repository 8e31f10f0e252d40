package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Russia's Mir payment cards refused abroad are payment sanctions, which the labels file under sanctions, even when
 * the story gives only a card operator's technical reasons and no sanctions word.
 */
class PaymentCardSanctionsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Local processor stops serving Mir cards | The local processing centre stopped accepting Mir cards on"
                + " Monday for technical reasons. Holders of Mir cards were told to pay in cash. | sanctions",
        "fr | Le centre de traitement suspend les cartes Mir | Le centre de traitement local a cessé d'accepter les"
                + " cartes Mir lundi pour des raisons techniques. Les détenteurs de cartes Mir doivent payer en"
                + " espèces. | sanctions",
        "ru | Процессинговый центр перестал обслуживать карты «Мир» | Местный процессинговый центр с понедельника"
                + " не принимает карты «Мир», сославшись на технические работы. Держателям карт «Мир» советуют"
                + " платить наличными. | sanctions",
        "ru | Банк отключил платёжную систему «Мир» | Банк сообщил, что операции по платёжной системе «Мир»"
                + " приостановлены с первого числа. Клиентам предложили перейти на другие карты. | sanctions",
    })
    void shouldFileUnderSanctionsWhenMirCardsAreRefused(String language, String title, String body,
                                                        String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly(expected);
    }
}
