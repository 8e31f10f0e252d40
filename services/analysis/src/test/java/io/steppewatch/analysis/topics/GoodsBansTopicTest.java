package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * A country's ban on exporting or importing goods is sanctions and trade (team a's topics bullet; decision 8 of round
 * 30) however its sentences word the ban: with the product or the ban's length between the ban and the exports, or
 * the sentence turned round, and a restriction or a quota on exports as well as a ban. A trade story that names no ban
 * keeps trade alone.
 */
class GoodsBansTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Tajikistan stops wheat flour shipments abroad | The government has imposed a temporary ban on flour"
                + " exports until the end of the year. Bakeries had complained of rising prices. Flour exports to"
                + " Afghanistan are also banned under the order. Stocks should last until the harvest. | sanctions,trade",
        "ru | Кыргызстан запретил вывоз бензина | Правительство ввело запрет на вывоз бензина и дизельного топлива"
                + " на три месяца. Цены на топливо выросли на четверть. Экспорт топлива грузовиками тоже запрещён."
                + " Запасов должно хватить до весны. | sanctions,trade",
        "fr | L'Ouzbékistan interdit pour six mois l'exportation de ses oignons | Le ministère a annoncé que"
                + " l'exportation d'oignons est interdite jusqu'en juillet. Les prix avaient doublé en un mois."
                + " Les stocks suffiront jusqu'à la récolte. | sanctions,trade",
        "en | Kyrgyzstan sets export quotas for potatoes | From March, potato exports will be limited to quotas"
                + " handed out by the agriculture ministry. Each exporter may apply for a share of the quota. Farmers"
                + " say the rule came too late for this year's harvest. Prices at home have eased since. | sanctions,trade",
        "ru | Узбекистан может смягчить ограничения на экспорт риса | Министерство обсуждает ослабление ограничений"
                + " на экспорт риса. Решение ожидается к лету. Фермеры просят снять ограничения на вывоз до нового"
                + " урожая. | sanctions,trade",
        "en | Kazakh grain sales abroad rise | Kazakhstan exported 4 million tonnes of wheat this season. Exports to"
                + " Uzbekistan and Afghanistan rose the most. Traders expect exports to keep growing. | trade",
    })
    void shouldMakeABanOnExportsSanctionsAndTradeHoweverItIsWorded(String language, String title, String body,
                                                                  String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | a temporary ban on sugar exports | 1",
        "en | exports of live cattle were banned | 1",
        "en | the bank financed exports | 0",
        "en | the ban was lifted, officials said, and in March exports | 0",
        "ru | экспорт лука на три месяца запрещён | 1",
        "ru | ввели запрет на экспорт | 0",
        "uz | piyoz eksportiga taqiq joriy etildi | 1",
        "en | restrictions on the export of rice | 1",
        "en | the export quota for beef | 1",
        "ru | ограничения на экспорт говядины | 1",
        "ru | ограниченный объём экспорта | 0",
        "en | there are no restrictions on imports of fruit | 0",
        "en | the country has no export restrictions | 0",
        "ru | сейчас нет никаких ограничений на ввоз овощей | 0",
        "fr | aucune restriction à l'importation | 0",
        "fr | des quotas d'exportation de viande | 1",
        "kk | ет экспортына квота | 1",
        "uz | go'sht eksportiga cheklov | 1",
    })
    void shouldFindABanWithFewWordsBetweenTheBanAndTheFlow(String language, String text, int bans) {
        List<Words.Word> words = Words.split(text);
        List<PhraseMatcher.Match<TopicLexicon.Term>> lexical = TopicLexicon.defaults().matcher(language)
                .findAll(words, Stemmer.forLanguage(language).stemAll(words));

        assertThat(GoodsBans.defaults().withBans(lexical, words, language))
                .filteredOn(m -> m.value() == GoodsBans.TERM).hasSize(bans);
    }

    @Test
    void shouldKeepTheMatchesInTheOrderOfTheText() {
        List<Words.Word> words = Words.split("Exports of grain are banned and sanctions remain");
        List<PhraseMatcher.Match<TopicLexicon.Term>> lexical = TopicLexicon.defaults().matcher("en")
                .findAll(words, Stemmer.forLanguage("en").stemAll(words));

        assertThat(GoodsBans.defaults().withBans(lexical, words, "en")).extracting(PhraseMatcher.Match::first)
                .isSorted();
    }
}
