package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms in which the five languages name a month, or the months of a year, without writing the year, each read
 * as its sentence states it (the standard: a period is "stated in the figure's sentence"; a relative one resolves
 * against the publication date):
 * <ul>
 *   <li>Russian "за" with the month in the accusative ("за ноябрь", "за один февраль"), as "в ноябре";</li>
 *   <li>a day before a Kazakh month in its case forms ("18 ақпанда") or an Uzbek month with its case ending or hyphen
 *       ("12 fevralda", "3-noyabrda"), the year, when written, before them;</li>
 *   <li>Uzbek and Kazakh quarters and halves with no year before them, as "в первом квартале";</li>
 *   <li>the Uzbek and Kazakh last and current month ("o'tgan oyda", "өткен айда", "joriy oyda"), as "в прошлом
 *       месяце".</li>
 * </ul>
 */
class MonthFormsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            За ноябрь из Казахстана в Китай отправили 3,7 тыс. тонн пшеницы.                       | 3,7  | 2023-11
            Экспорт пшеницы за февраль составил 3,7 тыс. тонн.                                     | 3,7  | 2024-02
            За один февраль из Казахстана в Китай отправили 3,7 тыс. тонн пшеницы.                 | 3,7  | 2024-02
            За весь январь из Казахстана в Китай отправили 3,7 тыс. тонн пшеницы.                  | 3,7  | 2024-01
            18 ақпанда шекарадан 37 жүк көлігі өтті.                                               | 37   | 2024-02
            2022 жылғы 9 наурызда шекарадан 37 жүк көлігі өтті.                                    | 37   | 2022-03
            12 fevralda chegaradan 37 ta yuk mashinasi o‘tdi.                                      | 37   | 2024-02
            2021-yil 3-noyabrda chegaradan 37 ta yuk mashinasi o‘tdi.                              | 37   | 2021-11
            Yilning birinchi choragida Qozog‘iston Xitoyga 3,7 ming tonna bug‘doy eksport qildi.   | 3,7  | 2024-01/2024-03
            Бірінші жартыжылдықта Қазақстан Қытайға 3,7 мың тонна бидай экспорттады.               | 3,7  | 2024-01/2024-06
            Жылдың екінші тоқсанында Қазақстан Қытайға 3,7 мың тонна бидай экспорттады.            | 3,7  | 2024-04/2024-06
            2-chorakda Qozog‘iston Xitoyga 3,7 ming tonna bug‘doy eksport qildi.                   | 3,7  | 2024-04/2024-06
            O‘tgan oyda Qozog‘iston Xitoyga 3,7 ming tonna bug‘doy eksport qildi.                  | 3,7  | 2024-02
            Өткен айда Қазақстан Қытайға 3,7 мың тонна бидай экспорттады.                          | 3,7  | 2024-02
            Joriy oyda Qozog‘iston Xitoyga 3,7 ming tonna bug‘doy eksport qildi.                   | 3,7  | 2024-03
            """)
    void shouldReadAPeriodStatedWithoutItsYear(String body, String text, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2024, 3, 12), null),
                text);
        assertThat(found.period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Bug‘doy eksporti 3 marta oshib, 3,7 ming tonnaga yetdi.                                | 3,7
            В 3 казанских вузах учатся 37 студентов из Таджикистана.                               | 37
            Биринчи ярмаркада Хитойга 3,7 минг тонна буғдой сотилди.                               | 3,7
            """)
    void shouldReadNoPeriodWhereTheWordsSaySomethingElse(String body, String text) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2024, 3, 12), null),
                text);
        assertThat(found.period()).isNull();
    }
}
