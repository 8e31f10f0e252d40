package io.steppewatch.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.analysis.text.Words;

/** The one-pass scan for the starts of payment words answers as a search for each start does. */
class PaymentStartsTest {

    @ParameterizedTest
    @ValueSource(strings = {"The bank froze payments for imports.", "Exports of grain rose.", "PAID in full",
        "Оплата прошла через перевод", "Товарооборот вырос", "Banks stopped transfers", "to'lov tizimi", "to‘lov",
        "Төлем жүйесі", "la banque a payé", "Les paiements", "", "p", "tpп", "TRANSACTIONS blocked", "apart"})
    void shouldFindAStartWhereAnyStartIsContained(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        assertEquals(Words.containsAny(lower, TopicClassifier.PAYMENT_STARTS),
                TopicClassifier.holdsPaymentStart(lower));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pay", "paid", "paie", "transaction", "transfer", "плат", "транзакци", "перевод", "төлем",
        "to'lov", "to‘lov"})
    void shouldFindEveryStartOnItsOwn(String start) {
        assertTrue(TopicClassifier.PAYMENT_STARTS.contains(start));
        assertTrue(TopicClassifier.holdsPaymentStart("x " + start + " y"));
    }
}
