package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A report of an accident counts its dead and injured and names the safety rules broken: on such a page those are no
 * war's or attack's victims, and the bus's route or the train's line is the accident's scene, not a corridor. Troops
 * and drills named beside a crash stay security, a border clash with its dead stays security, and a derailment on a
 * line of the region keeps its corridors.
 */
class AccidentSensesTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Мэр приморского города погиб при крушении частного самолёта | Мэр приморского города и двое его помощников погибли при крушении частного самолёта в горах. Самолёт разбился вечером в пятницу, когда мэр возвращался с деловой встречи, сообщили спасатели. Спасатели нашли обломки спустя сутки, в числе погибших также пилот. Следователи назвали возможной причиной катастрофы плохую погоду и проверяют, соблюдались ли правила безопасности полётов. В городе объявлен траур, жертвы катастрофы будут похоронены в воскресенье. Мэр руководил городом восемь лет и собирался идти на выборы снова. Прежде он работал врачом в городской больнице, где его помнят коллеги.
            Пассажирский автобус упал в реку | Двенадцать человек погибли и ещё девять пострадали, когда пассажирский автобус съехал с моста и упал в реку. Авария произошла утром: у автобуса лопнула шина, водитель не справился с управлением. Это вторая авария на этом мосту за год. Автобус выполнял рейс по маршруту между двумя районными центрами, перевозчик уже трижды получал штрафы за нарушение правил перевозки пассажиров. Пострадавших доставили в больницы, среди погибших двое детей. Возбуждено дело о нарушении требований безопасности, повлекшем гибель людей. Губернатор пообещал семьям погибших помощь, а транспортная инспекция проверит всех перевозчиков области.
            """)
    void shouldGiveNoSecurityOrCorridorsToAnAccidentReport(String title, String body) {
        var decided = CLASSIFIER.classify(title, body, "ru");
        assertThat(decided).as(decided.toString()).extracting(TopicDecision::topic)
                .doesNotContain("security", "corridors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            На учениях в Казахстане разбился военный вертолёт | Военный вертолёт разбился во время военных учений на полигоне в Казахстане, два члена экипажа погибли. Министерство обороны сообщило, что учения войск продолжатся, а причины катастрофы выяснит комиссия. Крушение произошло при посадке, военнослужащие других подразделений не пострадали.
            Столкновение на киргизско-таджикской границе | На участке киргизско-таджикской границы произошла перестрелка между пограничниками двух стран, трое погибли и пятеро ранены. Стороны договорились о прекращении огня, войска отведены от линии границы, сообщили силовые структуры обеих стран.
            """)
    void shouldKeepSecurityWhenForcesOrAClashAreNamed(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "ru")).extracting(TopicDecision::topic).contains("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Сход вагонов на магистрали в Казахстане остановил грузовые поезда | На железной дороге в Казахстане сошли с рельсов двенадцать вагонов грузового поезда, авария перекрыла магистраль, по которой идут транзитные грузы в Китай. Движение грузовых поездов по маршруту остановлено, железнодорожники восстанавливают путь, сообщили в Казахстан темир жолы. После аварии часть составов с грузами направят в обход через другой пограничный переход, перевозки возобновятся через сутки.
            """)
    void shouldKeepCorridorsOfAnAccidentOnTheRegionsLine(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "ru")).extracting(TopicDecision::topic).contains("corridors");
    }
}
