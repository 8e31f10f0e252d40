package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A topic that one lexicon term alone carries in a full article (the shape of a teachers' rally read as security, a
 * health study's trucking company read as a route, a commercial court read as trade): dropped; a short text, or a full
 * article that names its topic in two ways or names the region, keeps it. Sentences written for this test.
 */
class OneWordTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    /** Sentences of no topic, enough to make a body a full article. */
    private static final String EN_FILLER = " The organisers said the day went as planned. Several speakers thanked the"
            + " volunteers who had prepared the hall since early morning. Parents brought their children, and local"
            + " musicians played between the speeches. A spokeswoman said the group would publish a summary of the"
            + " discussions on its website next week. Most of those present said they hoped the meeting would be the"
            + " first of many. The city council had approved the use of the square a month ago, and the weather stayed"
            + " dry all afternoon. Some of the guests came from neighbouring towns by bus, and a few had travelled since"
            + " the night before. Local shops reported a busy day, and the cafes around the square stayed open late.";

    private static final String RU_FILLER = " Сотрудники редакции узнали о решении из сообщения на сайте. По словам"
            + " бывшего главного редактора, коллектив до последнего надеялся найти нового владельца. В последние годы"
            + " тираж издания постоянно снижался, а рекламодатели уходили в интернет. Несколько известных журналистов"
            + " перешли в другие газеты ещё весной. Читатели оставили в социальных сетях сотни сообщений с"
            + " благодарностью авторам. Архив номеров за прошлый век, по словам историков, представляет большую"
            + " ценность для исследователей. Здание редакции в центре города будет выставлено на продажу отдельно."
            + " Профсоюз журналистов обещал помочь сотрудникам с поиском работы и с выплатой компенсаций. Бывшие"
            + " авторы газеты собираются выпускать собственный журнал, но пока не нашли на него денег. Мэр города"
            + " выразил сожаление и назвал газету частью истории. Последний номер вышел в пятницу тиражом в несколько"
            + " тысяч экземпляров и разошёлся за одно утро. В киосках его спрашивали и в субботу, но продавцы"
            + " разводили руками. Музей истории города попросил передать ему первые номера и старые фотографии.";

    private static List<String> topics(String title, String body, String language) {
        return CLASSIFIER.classify(title, body, language).stream().map(TopicDecision::topic).toList();
    }

    private static List<String> evidence(String title, String body, String language, String topic) {
        return CLASSIFIER.scores(Words.split(title), Words.split(body), language).stream()
                .filter(d -> d.topic().equals(topic)).findFirst().map(TopicDecision::terms).orElse(List.of());
    }

    @Test
    void shouldDropACorridorThatOnlyTheWordTruckingCarriesInAFullArticle() {
        String title = "Long shifts behind the wheel take a toll on drivers' sleep, a study finds";
        String body = "Researchers followed two hundred drivers of a regional trucking firm for three years and found"
                + " that those on night shifts slept an hour less than their colleagues. Trucking, the authors say,"
                + " is one of the jobs where tiredness is hardest to measure." + EN_FILLER;
        assertThat(Words.split(body).size()).isGreaterThanOrEqualTo(TopicClassifier.FULL_ARTICLE_WORDS);
        assertThat(evidence(title, body, "en", "corridors")).as("one term, the only evidence")
                .containsExactly("trucking");

        assertThat(topics(title, body, "en")).isEmpty();
    }

    @Test
    void shouldDropTradeThatOnlyACommercialCourtAndATrademarkCarryInARussianArticle() {
        String title = "Старейшая городская газета закрылась";
        String body = "Торговый суд города признал издательство банкротом. Газету ликвидируют, а её торговую марку и"
                + " название продадут с торгов вместе с остальным имуществом." + RU_FILLER;
        assertThat(Words.split(body).size()).isGreaterThanOrEqualTo(TopicClassifier.FULL_ARTICLE_WORDS);
        assertThat(evidence(title, body, "ru", "trade")).containsExactly("торговый");

        assertThat(topics(title, body, "ru")).isEmpty();
    }

    @Test
    void shouldKeepTheTopicOfAShortTextThatNamesItOnce() {
        assertThat(topics("", "The two presidents want to raise their countries' trade turnover to two billion dollars.", "en"))
                .containsExactly("trade");
        assertThat(topics("", "Пограничники Кыргызстана задержали на границе с Таджикистаном партию наркотиков.", "ru"))
                .containsExactly("security");
    }

    @Test
    void shouldKeepTheTopicOfAFullRegionalArticleThatNamesItInTwoWays() {
        String enTitle = "Kazakh grain exports to Afghanistan climb";
        String enBody = "Kazakhstan exported more wheat and flour to Afghanistan this season, the ministry said, and"
                + " the two governments agreed to cut the duties on the goods." + EN_FILLER;
        assertThat(topics(enTitle, enBody, "en")).containsExactly("trade");

        String ruTitle = "На таджикско-афганской границе задержали наркокурьеров";
        String ruBody = "Пограничники задержали троих нарушителей границы и изъяли у них крупную партию наркотиков."
                + " Задержанные переданы следствию." + RU_FILLER;
        assertThat(topics(ruTitle, ruBody, "ru")).containsExactly("security");
    }
    @Test
    void shouldKeepAOneWordTopicOfAFullArticleThatNamesTheRegion() {
        String title = "Teachers fill the square outside the town hall in Bishkek";
        String body = "Hundreds of teachers gathered in Bishkek on Saturday in a peaceful protest for better pay. It was"
                + " the largest such protest in Kyrgyzstan this year, the union said, and similar protests are planned"
                + " in two other towns next month." + EN_FILLER;
        assertThat(Words.split(body).size()).isGreaterThanOrEqualTo(TopicClassifier.FULL_ARTICLE_WORDS);
        assertThat(evidence(title, body, "en", "security")).as("one term, the only evidence").containsExactly("protest");

        assertThat(topics(title, body, "en")).containsExactly("security");
    }
}
