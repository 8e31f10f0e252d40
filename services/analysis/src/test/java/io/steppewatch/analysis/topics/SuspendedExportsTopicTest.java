package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * A suspension, a stop or a curb on exports or imports is a restriction on trade in goods like a ban (labels'
 * decision 55 of round 38: "a country's own ban, suspension or quota on exporting its goods" and an importer's
 * restriction are sanctions and trade): a ministry that stops or suspends a product's exports, or a carmaker asking
 * the government to curb or limit imports, makes the story sanctions beside its trade. A volume "limited" by demand
 * is no restriction and stays trade alone.
 */
class SuspendedExportsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Tajikistan stops onion exports for the winter | The agriculture ministry has stopped all onion exports"
                + " from Tajikistan until March to keep prices down. Last year the country sold 90,000 tonnes of onions"
                + " abroad, most of them to Russia. Traders say their warehouses are full. | sanctions,trade",
        "en | Carmaker asks Tashkent for curbs on used car imports | The carmaker wants the government to limit the"
                + " import of used cars that come without a warranty. The request was attached to an investment"
                + " agreement for a new assembly plant. Officials will decide on the rules by July. | sanctions,trade",
        "fr | Le Kazakhstan suspend les importations de volaille | Le ministère a décidé de suspendre l'importation"
                + " de volaille en provenance de trois pays après des cas de grippe aviaire. Les importateurs ont un"
                + " mois pour écouler leurs stocks. Les prix n'ont pas bougé. | sanctions,trade",
        "ru | Казахстан приостановил экспорт говядины | Минсельхоз приостановил экспорт говядины на полгода. Цены"
                + " на мясо внутри страны за месяц выросли на 15 процентов. Экспорт живого скота тоже"
                + " приостановлен. | sanctions,trade",
        "en | Kazakh flour sales abroad grow | Kazakhstan exported 2 million tonnes of flour last season. Exports"
                + " to Afghanistan were limited by weak demand there. Millers expect exports to Uzbekistan to"
                + " rise. | trade",
    })
    void shouldMakeASuspensionOrCurbOnExportsSanctionsAndTrade(String language, String title, String body,
                                                              String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | beef exports were suspended last spring | 1",
        "en | the ministry stopped its sheep exports | 1",
        "en | curbs on the import of cars | 1",
        "en | asked it to limit the import of cars | 1",
        "en | exports were limited by demand | 0",
        "fr | suspendre l'importation de pétrole | 1",
        "ru | приостановил импорт мяса | 1",
    })
    void shouldReadSuspensionsAndCurbsAsBans(String language, String text, int bans) {
        List<Words.Word> words = Words.split(text);
        List<PhraseMatcher.Match<TopicLexicon.Term>> lexical = TopicLexicon.defaults().matcher(language)
                .findAll(words, Stemmer.forLanguage(language).stemAll(words));

        assertThat(GoodsBans.defaults().withBans(lexical, words, language))
                .filteredOn(m -> m.value() == GoodsBans.TERM).hasSize(bans);
    }
}
