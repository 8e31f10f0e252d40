package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * Trade named as one field in a list of the fields of talks or cooperation ("cooperation in areas such as trade, energy
 * and tourism") says what the parties mean to work on, not that goods crossed a border: a visit story whose only trade
 * words are such a list has no trade topic (labels' decision 11 of round 32: "trade and economic cooperation" named among
 * the subjects of talks is no trade). A story that also speaks of trade itself (a turnover, exports) keeps its trade, and
 * trade with no other field beside it is no list.
 */
class FieldListsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Foreign ministers of Korea and Kyrgyzstan meet in Bishkek | The two ministers met in Bishkek on Tuesday"
                + " to prepare a visit of the Kyrgyz president to Seoul next spring. They discussed the expansion of"
                + " trade, economic and investment cooperation. The ministers agreed to work together in areas such"
                + " as trade, tourism and education. | ''",
        "fr | Le président tadjik reçu à Budapest | Le président tadjik a été reçu mardi à Budapest par le Premier"
                + " ministre hongrois. Ils ont souligné leur volonté d'approfondir la coopération dans les domaines"
                + " politique, commercial et économique, culturel et humanitaire. Les deux pays veulent aussi renforcer"
                + " leurs liens dans les secteurs commercial, agricole et énergétique. | ''",
        "ru | Министры Казахстана и Вьетнама провели переговоры | Министры иностранных дел двух стран встретились в"
                + " Ханое во вторник. Они обсудили сотрудничество в торгово-экономической, инвестиционной и"
                + " культурной сферах. Стороны договорились развивать отношения в сферах торговли, туризма и"
                + " образования. | ''",
        "uz | Ўзбекистон ва Малайзия ташқи ишлар вазирлари учрашди | Вазирлар сешанба куни Тошкентда учрашди."
                + " Музокараларда президент ташрифига тайёргарлик кўриб чиқилди. Томонлар ҳамкорлик, жумладан,"
                + " савдо, туризм ва таълим соҳаларидаги муносабатларни кенгайтиришга келишди. | ''",
        "en | Foreign ministers of Korea and Kyrgyzstan meet in Bishkek | The two ministers met in Bishkek on Tuesday."
                + " Trade turnover between the two countries grew by a third last year, and Kyrgyz exports of dried"
                + " fruit to Korea doubled. The ministers agreed to expand cooperation in areas such as trade, tourism"
                + " and education. | trade",
    })
    void shouldNotReadTradeNamedAmongFieldsAsATradeStory(String language, String title, String body,
                                                        String expected) {
        List<String> topics = CLASSIFIER.classify(title, body, language).stream().map(TopicDecision::topic).toList();

        assertThat(topics).containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | to expand cooperation in areas such as trade, tourism and education | 1",
        "en | the expansion of trade, economic and investment cooperation | 1",
        "en | cooperation in trade and health sectors | 1",
        "en | cooperation in trade | 0",
        "en | trade and investment rose | 0",
        "en | trade, which rose by a third, and tourism | 0",
        "fr | la coopération dans les domaines politique, commercial et culturel | 1",
        "ru | сотрудничество в сферах торговли, инвестиций и энергетики | 1",
        "ru | торговля выросла на треть, инвестиции тоже | 0",
        "uz | савдо-иқтисодий, инвестициявий ва маданий соҳалардаги ҳамкорлик | 1",
    })
    void shouldMarkOnlyTradeCoordinatedWithOtherFieldsUnderAHead(String language, String text, int marked) {
        List<Words.Word> words = Words.split(text);
        List<PhraseMatcher.Match<TopicLexicon.Term>> lexical = TopicLexicon.defaults().matcher(language)
                .findAll(words, Stemmer.forLanguage(language).stemAll(words));

        List<PhraseMatcher.Match<TopicLexicon.Term>> read = FieldLists.defaults()
                .withFieldsAsCooperation(lexical, words, text, language);

        assertThat(read).hasSameSizeAs(lexical);
        assertThat(countOwnTrade(lexical) - countOwnTrade(read)).isEqualTo(marked);
    }

    /** The specific trade matches that are not words of economic cooperation. */
    private static long countOwnTrade(List<PhraseMatcher.Match<TopicLexicon.Term>> matches) {
        return matches.stream().filter(m -> m.value().topic().equals(TopicClassifier.TRADE_TOPIC)
                && !m.value().cooperation() && m.value().weight() >= TopicClassifier.SPECIFIC_WEIGHT).count();
    }
}
