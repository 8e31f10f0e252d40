package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A sanctions story whose headline names a bank is about financial sanctions: the trade it mentions to say what the
 * payments were for makes no trade topic. The same body under another headline keeps its trade.
 */
class BankSanctionsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    private static final String BODY = "Washington placed new sanctions on the lender for helping firms evade"
            + " sanctions. The sanctioned lender paid for imports of machinery and exports of metals, and its"
            + " clients said trade with their partners would slow. Exports and imports through its accounts had grown, the regulator"
            + " said, and trade turnover depended on them.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kyrgyz bank hit by new sanctions                        | sanctions",
        "Les sanctions frappent une banque kirghize              | sanctions",
        "Санкции против двух киргизских банков                   | sanctions",
        "New sanctions hit Kyrgyz exporters                      | sanctions,trade",
    })
    void shouldDropTradeBesideSanctionsWhenTheHeadlineNamesABank(String title, String expected) {
        assertThat(CLASSIFIER.classify(title, BODY, "en"))
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }
}
