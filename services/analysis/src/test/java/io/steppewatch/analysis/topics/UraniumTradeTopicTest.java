package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Uranium sold abroad is trade as gas, oil and electricity are (decision 7 of round 29 keeps uranium supply contracts as
 * trade): a story of its sales, its buyers or its shipments to them is a story of that trade in every language, while a
 * mine's output and reserves alone are not.
 */
class UraniumTradeTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Uranium shipments to the west grow | The company's uranium shipments rose this year, and it is now selling uranium to three utilities in Europe and Canada.
            fr | Les livraisons d'uranium vers l'Europe augmentent | La compagnie a accru ses livraisons d'uranium à trois clients européens cette année et compte vendre de l'uranium au Canada.
            ru | Поставки урана в Европу растут | Компания нарастила поставки урана трем клиентам в Европе и начала продажи урана в Канаду.
            kk | Уран жеткізу артты | Компания биыл Еуропадағы үш тұтынушыға уранды сатты, ал келесі жылы Канадаға уран жеткізуді бастайды.
            uz | Uran yetkazib berish o‘sdi | Kompaniya bu yil Yevropadagi uch mijozga uranni sotdi, kelasi yil esa Kanadaga uran yetkazib berishni boshlaydi.
            """)
    void shouldFileUraniumSoldAbroadUnderTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Uranium output rises at the southern mines | The company mined more uranium this year than last, and its proven uranium reserves grew after two new deposits were explored.
            """)
    void shouldLeaveTheMinesOutputOutOfTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("trade");
    }
}
