package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * Words of economic cooperation (investment, investors, joint ventures) are trade evidence where trade leads or no
 * topic passes, but they do not carry a trade topic that follows a corridor story: the money put into a railway or a
 * port is the route's financing, and the labels keep such a story at corridors unless it speaks of trade itself. Nor
 * do they carry trade alone: a partner's investment and joint projects at home, with no export, import or trade named,
 * make no topic (labels' decision 7 of round 29).
 */
class CooperationWordsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    private static final String ROUTE = "The new railway corridor will link the two ports, and freight trains will carry"
            + " transit cargo along the corridor from next year. The railway is part of the transport corridor to the"
            + " Caspian.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Investors back the railway corridor | The bank and private investors will finance it, and the investment"
                + " is the largest the investors have made; joint ventures will run the depots, and more investment is"
                + " planned. | corridors",
        "Exports to use the railway corridor | Exports of grain and metals will go this way, trade between the two"
                + " countries is to double, and the bilateral trade target for exports and imports is set. |"
                + " corridors,trade",
    })
    void shouldKeepTradeBesideACorridorStoryOnlyOnTermsOfTradeItself(String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, ROUTE + " " + body, "en"))
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }

    @Test
    void shouldCountCooperationWordsForTradeWhenTradeLeads() {
        String body = "Investors from the partner country have set up joint ventures in textiles and food, and their"
                + " investment has doubled this year. Their exports to the partner country grew as well, and the two"
                + " countries' trade is to reach a new record. New investment projects and joint projects worth two"
                + " billion are planned, and investors say more investment will follow.";

        List<TopicDecision> topics = CLASSIFIER.classify("Partner country investors expand in the region", body, "en");

        assertThat(topics).extracting(TopicDecision::topic).containsExactly("trade");
        assertThat(topics.get(0).terms()).contains("investment", "joint ventures");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Partner country investors expand in the region | Investors from the partner country have set up joint"
                + " ventures in textiles and food, and their investment has doubled this year. New investment projects"
                + " and joint projects worth two billion are planned, and investors say more investment will follow.",
        "fr | La banque de développement et le pays élargissent leurs projets communs | Le portefeuille de projets"
                + " conjoints avec la banque atteint un niveau record. De nouveaux projets conjoints sont préparés pour"
                + " l'énergie et l'éducation, et les investissements privés dans ces projets communs seront encouragés.",
        "ru | Инвесторы из соседней страны построят заводы | Инвесторы из соседней страны построят три завода в"
                + " области. Инвестиции составят два миллиарда, а совместные проекты охватят энергетику. Инвесторы"
                + " обещают новые инвестиции.",
    })
    void shouldGiveNoTopicWhenOnlyWordsOfCooperationCarryTrade(String language, String title, String body) {
        List<TopicDecision> scores = CLASSIFIER.scores(Words.split(title), Words.split(body), language);
        assertThat(scores).as("the cooperation words alone score trade past the lone-topic floor")
                .anySatisfy(d -> {
                    assertThat(d.topic()).isEqualTo("trade");
                    assertThat(d.score()).isGreaterThanOrEqualTo(TopicClassifier.LONE_TOPIC_SHARE
                            * TopicClassifier.DEFAULT_THRESHOLD);
                });

        assertThat(CLASSIFIER.classify(title, body, language)).isEmpty();
    }

    @Test
    void shouldRejectALexiconLineWhoseThirdColumnIsNotCooperation(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("trade.en.tsv"), "2\tsubsidies\tfinance\n");

        assertThatThrownBy(() -> TopicLexicon.defaults().extendedWith(directory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cooperation");
    }
}
