package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Sanctions named in other words than "sanctions": an export ban worded as a verb or in the plural, the US
 * export-control bureau and its sanctions list, a package of sanctions. Each sentence here names "sanctions" at most
 * once, which alone falls short of the threshold.
 */
class SanctionsWordingTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Machine tools for Kyrgyzstan | The EU banned the export of machine tools to Russia in its latest sanctions package, and Kyrgyz imports of the same tools rose soon after.
            fr | Des machines-outils pour le Kirghizistan | L'Union européenne a interdit les exportations de machines-outils vers la Russie ; Bruxelles soupçonne que des négociants cherchent à contourner la mesure par Bichkek.
            ru | Три компании из Узбекистана | Бюро промышленности и безопасности Министерства торговли США внесло три компании из Узбекистана в санкционный список за поставки электроники.
            """)
    void shouldFindSanctionsWordedAsABanAListOrAPackage(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("sanctions");
    }

    /**
     * Goods "under sanctions" in one Russian word (подсанкционные товары: the prefix keeps it apart from санкции and
     * санкционный), as the English lexicon has "sanctioned": the checks on such goods at a border are a sanctions story
     * (labels' decision 8: the border-jam stories whose text names the checks on sanctioned goods).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Проверки на границе | Таможня усилила досмотр грузовиков: под подозрением подсанкционные товары, которые везут через страну транзитом.
            en | Checks at the border | Customs tightened the inspection of lorries: sanctioned goods are suspected to pass through the country in transit.
            """)
    void shouldFindSanctionsInGoodsUnderSanctions(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("sanctions");
    }
}
