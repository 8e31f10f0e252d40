package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A sanctions story whose headline names the banks and the trade of a country is about that trade too (decision 7 of
 * round 29: an article is trade when its headline is about trade), while a headline that names only banks, or a kind of
 * bank ("banques commerciales"), keeps the bank rule's sanctions alone.
 */
class BankAndTradeHeadlineTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    private static final String EN = "Washington placed new sanctions on the lender for helping firms evade sanctions."
            + " The sanctioned lender paid for imports of machinery and exports of metals, and its clients said trade"
            + " with their partners would slow. Exports and imports through its accounts had grown, the regulator said,"
            + " and trade turnover depended on them.";
    private static final String FR = "Washington a imposé de nouvelles sanctions à la banque pour avoir aidé des"
            + " entreprises à contourner les sanctions. La banque sanctionnée payait les importations de machines et les"
            + " exportations de métaux, et ses clients disent que le commerce avec leurs partenaires ralentira. Les"
            + " exportations et les importations passant par ses comptes avaient augmenté, selon le régulateur, et les"
            + " échanges commerciaux en dépendaient. Les sanctions visent aussi ses dirigeants, et d'autres sanctions sont"
            + " attendues après le contournement des sanctions par ses clients.";
    private static final String RU = "Вашингтон ввел новые санкции против банка за помощь компаниям в обходе санкций."
            + " Банк под санкциями оплачивал импорт оборудования и экспорт металлов, а его клиенты говорят, что"
            + " торговля с партнерами замедлится. Экспорт и импорт через его счета росли, сообщил регулятор, и"
            + " товарооборот зависел от них. Санкции затрагивают и его руководителей, а после обхода санкций его"
            + " клиентами ожидаются новые санкции.";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | What the new sanctions mean for the banks and the trade of the republic | sanctions,trade",
        "fr | Sanctions : ce qui attend les banques et le commerce de la république  | sanctions,trade",
        "ru | Санкции: последствия для банков и внешней торговли республики          | sanctions,trade",
        "fr | Sanctions : deux banques commerciales de la république visées           | sanctions",
        "en | Two banks of the republic hit by new sanctions                          | sanctions",
    })
    void shouldKeepTradeWhenTheHeadlineNamesItBesideTheBanks(String language, String title, String expected) {
        String body = switch (language) {
            case "fr" -> FR;
            case "ru" -> RU;
            default -> EN;
        };
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactlyInAnyOrder(expected.split(","));
    }
}
