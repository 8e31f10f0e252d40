package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Uzbek and Kazakh name the first months of a year with no year written before them ("5 oyda", "дастлабки олти
 * ойда", "7 ой давомида", "биылғы 7 айда"), as Russian "за 5 месяцев" does: January to the month counted, of the
 * publication year unless those months had not ended when the article came out; a word for this or last year before
 * them gives their year. "The last five months", "every six months" and "five months later" are no such span.
 */
class MonthsSoFarTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 20);

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Qozog‘iston Xitoyga 5 oyda 3,7 ming tonna bug‘doy eksport qildi.                       | 3,7  | 2024-01/2024-05
            Дастлабки олти ойда Хитойга 3,7 минг тонна буғдой сотилди.                             | 3,7  | 2024-01/2024-06
            Етти ой давомида Хитойга 3,7 минг тонна буғдой сотилди.                                | 3,7  | 2024-01/2024-07
            7 oy davomida Xitoyga 3,7 ming tonna bug‘doy sotildi.                                  | 3,7  | 2024-01/2024-07
            To‘rt oyda Xitoyga 3,7 ming tonna bug‘doy sotildi.                                     | 3,7  | 2024-01/2024-04
            Биылғы 7 айда Қазақстан Қытайға 3,7 мың тонна бидай экспорттады.                       | 3,7  | 2024-01/2024-07
            Жылдың бес айында Қазақстан Қытайға 3,7 мың тонна бидай экспорттады.                   | 3,7  | 2024-01/2024-05
            Өткен жылдың 10 айында Қазақстан Қытайға 3,7 мың тонна бидай экспорттады.              | 3,7  | 2023-01/2023-10
            O‘tgan yilning 9 oyida Xitoyga 3,7 ming tonna bug‘doy sotildi.                         | 3,7  | 2023-01/2023-09
            9 oyda Xitoyga 3,7 ming tonna bug‘doy sotildi.                                         | 3,7  | 2023-01/2023-09
            """)
    void shouldReadTheFirstMonthsOfTheYear(String body, String text, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, PUBLISHED, null), text);
        assertThat(found.period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            So‘nggi 5 oyda Xitoyga 3,7 ming tonna bug‘doy sotildi.                                 | 3,7
            Har 6 oyda Xitoyga 3,7 ming tonna bug‘doy jo‘natiladi.                                 | 3,7
            Соңғы 5 айда Қазақстан Қытайға 3,7 мың тонна бидай экспорттады.                        | 3,7
            Әр 6 айда Қазақстан Қытайға 3,7 мың тонна бидай жөнелтеді.                             | 3,7
            """)
    void shouldReadNoSpanFromJanuaryForTheLastOrEveryMonths(String body, String text) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, PUBLISHED, null), text);
        assertThat(found.period()).isNotIn("2024-01/2024-05", "2024-01/2024-06", "2023-01/2023-05", "2023-01/2023-06");
    }
}
