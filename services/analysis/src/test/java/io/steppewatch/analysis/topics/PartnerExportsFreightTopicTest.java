package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A freight story is trade as well when its headline or its lead tells the freight as exports or imports with a named
 * partner (labels' decision 67 of round 39); a railway's or a port's freight split into kinds (export, import,
 * transit) with no partner stays corridors alone.
 */
class PartnerExportsFreightTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the lead: exports from one country to another
        "ru | Грузоперевозки по железной дороге выросли | Железная дорога перевезла за полгода 40 млн тонн грузов."
                + " Экспорт зерна из Казахстана в Китай вырос на 12%. ¶ Транзит контейнеров через станции тоже вырос."
                + " Новые вагоны поступят осенью. | corridors,trade",
        "en | Rail freight on the southern line grows | The railway carried 12 million tons of cargo in the first half."
                + " Uzbekistan's exports to Afghanistan by rail doubled, the company said. ¶ Transit trains ran daily"
                + " through the station. The operator plans to buy new wagons. | corridors,trade",
        // kinds of traffic with no partner
        "en | Rail freight on the southern line grows | The railway carried 12 million tons of cargo in the first half."
                + " Export cargo rose by 5% and import cargo by 2%, the company said. ¶ Transit trains ran daily"
                + " through the station. The operator plans to buy new wagons. | corridors",
    })
    void shouldAddTradeToFreightToldAsExportsWithAPartner(String language, String title, String body,
                                                          String expected) {
        // a pilcrow stands for a paragraph break (a CSV row holds no line break)
        assertThat(CLASSIFIER.classify(title, body.replace(" ¶ ", "\n\n"), language))
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }
}
