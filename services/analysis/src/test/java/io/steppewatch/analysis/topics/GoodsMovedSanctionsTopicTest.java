package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A sanctions story is trade as well when its headline, its lead or a paragraph of its own says what goods moved to the
 * sanctioned country or its buyers (labels' decision 66 of round 39): firms listed for supplying components, a lead
 * that says a country supplies sanctioned goods, a ban on supplying machines beside a listed bank. A bank listed for its
 * payments, even payments for imports and exports, stays sanctions alone, and so does a bank named in the headline
 * whose lead mentions goods in one clause.
 */
class GoodsMovedSanctionsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a paragraph of its own: two sentences of goods supplied, no sanctions word in them
        "en | Washington blacklists two Tashkent firms | The Treasury put two firms from Tashkent on its sanctions"
                + " list on Friday. Officials named their owners and froze their assets. ¶ One firm supplied"
                + " microcircuits to a Russian missile maker. The other exported drone engines to Moscow through"
                + " Almaty. | sanctions,trade",
        // the lead's second sentence
        "ru | Брюссель расширил черный список | Евросоюз ввел санкции против трех компаний из Бишкека. По версии"
                + " Брюсселя, компании поставляли в Россию станки и электронику. ¶ Компании пока не ответили на"
                + " запрос. | sanctions,trade",
        // a bank in the headline, and a paragraph of its own on goods beside it
        "en | EU targets two Kyrgyz banks | Brussels proposed adding two Kyrgyz banks to its sanctions list over"
                + " crypto services for Russian clients. The banks could lose access to European partners. ¶ The"
                + " draft would also ban the export of machine tools to Kyrgyzstan. It widens the ban on imports of"
                + " Russian metals as well. | sanctions,trade",
        // a bank in the headline, goods in one clause of the lead
        "en | Kyrgyz bank sanctioned by Washington | Washington sanctioned a Kyrgyz bank it says ran a channel used"
                + " to supply microchips to Russia. The bank denied it. ¶ Its clients moved their deposits to"
                + " other lenders. Officials said the bank's owner had ties to Moscow. | sanctions",
        // a bank listed for its payments for imports and exports, under a headline that names no bank
        "en | Bishkek news | A Kyrgyz lender said it would appeal the sanctions Washington placed on it for helping"
                + " Russia evade restrictions. The Treasury said the lender was a hub for trade payments. ¶ Its buyer"
                + " wanted a channel for Russia to pay for imports and to receive payment for exports, the Treasury"
                + " said. The lender said it works as usual. | sanctions",
    })
    void shouldAddTradeToSanctionsWhenItSaysWhatGoodsMoved(String language, String title, String body,
                                                          String expected) {
        // a pilcrow stands for a paragraph break (a CSV row holds no line break)
        assertThat(CLASSIFIER.classify(title, body.replace(" ¶ ", "\n\n"), language))
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }
}
