package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.TopicDecision;

/**
 * A firm's turnover is its sales, no trade between countries: a computer maker's falling "chiffre d'affaires", a
 * theatre's yearly "оборот", a drug maker's division "with a turnover of $20bn" (open corpus, round 55: fr 44489,
 * nr 110975, en 1673612, each given trade by that word or by its figure alone, and labelled with no topic). The
 * region's own turnover, and a trade turnover anywhere, still decide trade.
 */
class FirmTurnoverTopicTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static List<String> topics(String language, String title, String body) {
        return ANALYZER.analyze(new ArticleText("t", title, body, LocalDate.of(2012, 5, 24), language)).topics()
                .stream().map(TopicDecision::topic).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Un fabricant d'ordinateurs va fermer deux usines | Le fabricant d'ordinateurs a annoncé mercredi la fermeture de deux usines près de Lille. Le groupe accuse une baisse de 4 % de son chiffre d'affaires et de 25 % de son bénéfice net sur le trimestre. La direction veut économiser 2 milliards de dollars par an pour financer la recherche.
            ru | Театр перейдёт в ведение города | Городские власти решили передать драматический театр в ведение управления культуры. В прошлом году директор оценивал оборот театра в 300 млн руб. в год, из них около 90 млн руб. уходило на ремонт здания и декорации. Труппа выступила против передачи.
            en | A new chief for a drug maker | The drug maker named a new chief executive on Monday. He ran the vaccines division of a rival group, with a turnover of $20bn, for four years, and will tell investors his plans at the end of January. The shares rose 2% on the news.
            """)
    void shouldNotReadTradeFromAFirmsTurnover(String language, String title, String body) {
        assertThat(topics(language, title, body)).doesNotContain("trade");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Une société française en Ouzbékistan | La coentreprise de Navoï, en Ouzbékistan, a réalisé un chiffre d'affaires de 900 millions d'euros l'an dernier, a indiqué mercredi le groupe français.
            ru | Оборот сети в Казахстане вырос | Оборот торговой сети в Казахстане в прошлом году составил 400 млрд тенге, сообщила компания.
            ru | Торговля двух стран | Товарооборот между двумя странами в прошлом году вырос на 20 процентов и составил 2 млрд долларов.
            en | Trade between the two countries | The trade turnover of the two countries reached $2 billion last year, the ministry said.
            """)
    void shouldKeepTradeForTheRegionAndForTradeTurnover(String language, String title, String body) {
        assertThat(topics(language, title, body)).contains("trade");
    }
}
