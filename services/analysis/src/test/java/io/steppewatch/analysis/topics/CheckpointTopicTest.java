package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A border crossing is a place on a route: a story whose headline or lead is about one (a post reopened, closed by
 * snow, trucks queued) is a corridor story (LABEL-FIXES, 2026-12-04; until then the labels filed it under trade); a
 * trade report that names a crossing once in its body stays a trade story.
 */
class CheckpointTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Two checkpoints reopen on the Tajik-Uzbek border | The governments agreed to reopen two border crossings next month; the checkpoints had been closed for a year.
            ru | Пункт пропуска на границе снова открыт | Пункт пропуска на кыргызско-казахской границе возобновил работу после ремонта, очередь машин уменьшилась.
            fr | Réouverture d'un poste frontière | Le poste frontière entre les deux pays rouvre lundi, et deux autres points de passage suivront au printemps.
            kk | Өткізу бекеті қайта ашылды | Шекарадағы өткізу бекеті жөндеуден кейін қайта ашылды, екі өткізу пункті көктемде ашылады.
            uz | Nazorat-o‘tkazish punkti qayta ochildi | Chegaradagi nazorat-o‘tkazish punkti ta’mirdan so‘ng qayta ochildi, yana ikki chegara posti bahorda ishga tushadi.
            """)
    void shouldFileUnderCorridorsWhenACheckpointIsTheStory(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("corridors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Coal exports to China hit a record | Coal exports to China rose by a fifth this year, exporters said, and export contracts for next year were signed; most of the coal left through one checkpoint. Buyers in China paid more for imports of coal, and the trade turnover grew.
            ru | Экспорт угля в Китай достиг рекорда | Экспорт угля в Китай вырос на пятую часть, экспортеры подписали контракты на следующий год; большая часть угля прошла через один пункт пропуска. Импорт угля Китаем и товарооборот выросли.
            """)
    void shouldNotMakeACorridorStoryOfACrossingNamedOnceInTheBody(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Freight trains cross the border faster | Freight trains on the railway now spend two hours at the border crossing instead of six, and container trains run daily.
            ru | Грузовые поезда быстрее проходят границу | Грузовые поезда на железной дороге теперь стоят в пункте пропуска два часа, контейнерные поезда ходят ежедневно.
            fr | Les trains de fret passent plus vite la frontière | Les trains de fret sur la voie ferrée restent deux heures au point de passage au lieu de six, et le fret ferroviaire croît.
            """)
    void shouldKeepCorridorsWhenFreightTrainsCrossTheBorder(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).first().isEqualTo("corridors");
    }
}
