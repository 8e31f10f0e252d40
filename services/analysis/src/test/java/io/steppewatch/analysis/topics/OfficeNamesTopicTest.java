package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * A trade word inside a government office's name (a ministry of investment and foreign trade, a trade ministry) says
 * who signed or reported, not that goods crossed a border: a story of a partner's investment that names such a
 * ministry has no trade topic (labels' decision 11 of round 32). A ministry quoted on trade itself, with a comma or a
 * full stop after its name, still makes the story trade.
 */
class OfficeNamesTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Gulf fund to build solar park near Samarkand | The investment agreement was signed at the Ministry of"
                + " Investment, Industry and Trade on Monday. The fund will invest 300 million dollars in the park."
                + " Investors from the Gulf are studying two more projects in the region. | ''",
        "ru | Катарский инвестор построит солнечную станцию | Соглашение подписали в Министерстве инвестиций и"
                + " внешней торговли в понедельник. Инвестиции в станцию составят 200 миллионов долларов. Инвесторы"
                + " рассчитывают начать работы весной. | ''",
        "fr | Un fonds du Golfe financera une centrale solaire | L'accord a été signé lundi au ministère des"
                + " Investissements et du Commerce extérieur. Les investissements atteindront 200 millions de dollars."
                + " Les investisseurs étudient deux autres projets. | ''",
        "en | Kazakh wheat sales abroad grow | According to the Ministry, trade with China rose by a fifth this year."
                + " Exports of wheat and flour led the growth. Imports of machinery also rose. | trade",
    })
    void shouldNotReadAnOfficesNameAsTrade(String language, String title, String body, String expected) {
        List<String> topics = CLASSIFIER.classify(title, body, language).stream().map(TopicDecision::topic).toList();

        assertThat(topics).containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | the Ministry of Investment, Industry and Trade said | 0",
        "en | the Trade Ministry said | 0",
        "en | the Foreign Trade and Investment Agency wrote | 0",
        "en | according to the ministry, trade rose | 1",
        "en | the ministry said. Trade rose | 1",
        "ru | министр инвестиций и внешней торговли | 0",
        "fr | le ministre de l'Investissement et du Commerce extérieur | 0",
        "uz | investitsiyalar, sanoat va savdo vazirligi | 0",
    })
    void shouldDropOnlyTheTradeWordsOfAnOfficesName(String language, String text, int kept) {
        List<Words.Word> words = Words.split(text);
        List<PhraseMatcher.Match<TopicLexicon.Term>> lexical = TopicLexicon.defaults().matcher(language)
                .findAll(words, Stemmer.forLanguage(language).stemAll(words));

        assertThat(OfficeNames.defaults().withoutOfficeNames(lexical, words, text, language))
                .filteredOn(m -> m.value().topic().equals(TopicClassifier.TRADE_TOPIC) && !m.value().cooperation())
                .hasSize(kept);
    }
}
