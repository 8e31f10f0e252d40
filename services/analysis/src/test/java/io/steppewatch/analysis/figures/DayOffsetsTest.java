package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 43: days that date an event by its distance from now or from another event ("ago", "earlier", "plus tôt",
 * "назад", "il y a", and "before" or "after" right behind a date) are no figure, as years are ({@link
 * YearOffsetsTest}); days that last, a transit time "after leaving", a delay or a stretch "over the past N days" stay.
 * Years behind a date, years "earlier" and years "to the day after" another event are distances too.
 */
class DayOffsetsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | Customs officers seized the lorry 5 days ago near the crossing.                  |
            en | The bank said its card payments had stopped working six days earlier.            |
            en | On 14 March, three days before the forum, the minister flew to Baku.             |
            en | On March 14, 3 days after the vote, the border reopened.                         |
            fr | Les douaniers avaient saisi la cargaison quatre jours plus tôt.                  |
            fr | Le 2 mai 2022, cinq jours après la fermeture du pont, les camions attendaient.   |
            fr | Le poste a rouvert il y a 10 jours.                                               |
            ru | Поезд вышел из Сианя 12 дней назад.                                              |
            fr | Presque trois ans jour pour jour après la signature, le pont est ouvert.         |
            en | The crossing had been shut two years earlier.                                     |
            en | The first train reached Baku 13 days after leaving Xi'an.                         | 13 days=13 days
            en | Trucks waited at the crossing for 4 days.                                        | 4 days=4 days
            en | No incident was reported over the past 6 days.                                   | 6 days=6 days
            fr | Les camions ont encore attendu 3 jours après la réouverture du pont.            | 3 jours=3 days
            ru | Груз доставляется за 9 дней.                                                      | 9 дней=9 days
            """)
    void shouldLeaveOutDaysThatDateAnEventAndKeepDaysThatLast(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }

    /**
     * Round 52: Russian days put before the number with "через" (or French "dans"), and "за N дней до" (so many days
     * ahead of an event), date it too; "за N дней" alone and "в течение N дней" last.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Суд над водителем начался через три дня после аварии на трассе.               |
            ru | Продажа лотов на бирже закончится через 5 дней.                                |
            ru | Опрос провели за десять дней до голосования в парламенте.                     |
            ru | Кстати, за два дня до рейса таможня уже проверяла этот вагон.                 |
            fr | Le pont rouvrira dans dix jours.                                                  |
            ru | Груз доставляется за 9 дней до границы Китая.                                    | 9 дней=9 days
            ru | Контейнер идёт за 14 дней до Роттердама.                                         | 14 дней=14 days
            ru | Груз доставляется за 9 дней.                                                      | 9 дней=9 days
            ru | Стороны не могли договориться в течение 4 дней.                                  | 4 дней=4 days
            """)
    void shouldLeaveOutRussianDaysAheadOfOrAfterAnEvent(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
