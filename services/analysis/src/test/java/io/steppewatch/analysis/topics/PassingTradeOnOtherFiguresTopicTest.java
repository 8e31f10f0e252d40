package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A story of a country's own output whose figures measure other things names its exports in passing: trade is no
 * topic of it (labels' decision 7 of round 29). The same story stays trade when its exports fill a paragraph, when it
 * names a trade relation (a trade partner), or when its figures are trade evidence.
 */
class PassingTradeOnOtherFiguresTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();


    private static List<String> topics(String language, String title, String body, boolean otherFigures) {
        return CLASSIFIER.classify(Words.split(title), Words.split(body), body, language, otherFigures).stream()
                .map(TopicDecision::topic).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Aluminium plant to raise its output | The aluminium plant will raise its output by a fifth next year, the industry ministry said. A new furnace line is being built with a loan and will employ two thousand workers. Most of the metal is exported, and exports gave the economy a good year. The regional budget expects more taxes from the plant.
            ru | Алюминиевый завод увеличит выпуск | Алюминиевый завод в следующем году увеличит выпуск на пятую часть, сообщили в министерстве промышленности. Новую линию печей строят на кредит, на ней будут работать две тысячи человек. Большую часть металла отправляют на экспорт, и экспорт принёс экономике хороший год. Бюджет области ждёт от завода больше налогов.
            """)
    void shouldDropTradeNamedInPassingWhenTheFiguresMeasureOtherThings(String language, String title, String body) {
        assertThat(topics(language, title, body, false)).containsExactly("trade");
        assertThat(topics(language, title, body, true)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Aluminium plant to raise its output | The aluminium plant will raise its output by a fifth next year, the industry ministry said. Most of the metal is exported to buyers in two neighbouring countries. Exports of the metal rose last year as prices climbed. The plant expects its exports to grow again once the new furnace runs.
            Aluminium plant to raise its output | The aluminium plant will raise its output by a fifth next year, the industry ministry said. A new furnace line is being built with a loan and will employ two thousand workers. Most of the metal is exported, and the country's main trade partner buys it. The regional budget expects more taxes from the plant.
            """)
    void shouldKeepTradeThatFillsAParagraphOrNamesARelation(String title, String body) {
        assertThat(topics("en", title, body, true)).containsExactly("trade");
    }
}
