package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * The Russian light stemmer cuts Georgia's name to "груз" (cargo), "потом", "потому" to "пот" (the port of Poti) and
 * "учёные" to "учен" (drills): a page about Georgia's politics, or one that says "потому что" again and again, is no
 * corridor story, and scientists are no security. Cargo through Georgia, the port of Poti and a drill still are.
 */
class RussianWordsOfTheirOwnTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "грузии, грузии", "грузия, грузия", "грузию, грузию", "потому, потому", "потом, потом",
        "грузов, груз", "груза, груз", "ученые, ученые", "ученых, ученых", "учеными, учеными", "учения, учен",
    })
    void shouldKeepAWordApartFromTheStemOfATermOfAnotherSense(String word, String stem) {
        assertThat(Stemmer.forLanguage("ru").stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Парламент Грузии обсудил закон о выборах | Депутаты Грузии спорили весь день. Оппозиция Грузии требует новых выборов, а президент Грузии обещал ответить позже. Посол в Грузии призвал стороны к диалогу.
            Писатели обратились к читателям | Мы пишем потому, что молчать нельзя. Потом нас спросят, почему мы молчали, и мы ответим: потому что боялись. Потом было поздно.
            """)
    void shouldGiveNoCorridorsToGeorgiasPoliticsOrToBecause(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "ru")).extracting(TopicDecision::topic).doesNotContain("corridors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Учёные нашли новый сплав | Учёные из Новосибирска получили сплав, который не ржавеет. Группа учёных работала три года; по словам ученых, открытие пригодится строителям. Молодым учёным дали премию.
            """)
    void shouldGiveNoSecurityToScientists(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "ru")).extracting(TopicDecision::topic).doesNotContain("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Армии Казахстана и Киргизии провели учения у границы | Совместные военные учения прошли в горах. В учениях участвовали войска ОДКБ; солдаты отрабатывали защиту границы от боевиков.
            """)
    void shouldKeepSecurityForADrill(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "ru")).extracting(TopicDecision::topic).contains("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Казахстан увеличил транзит грузов через Грузию | Объем перевозки грузов из Казахстана через порт Поти вырос на треть. Грузы идут по Транскаспийскому маршруту через Актау и Баку.
            """)
    void shouldKeepCorridorsForCargoThroughGeorgiaAndPoti(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "ru")).extracting(TopicDecision::topic).contains("corridors");
    }
}
