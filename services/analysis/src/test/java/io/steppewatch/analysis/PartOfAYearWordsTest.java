package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first months or the first half of a year, in wordings the period reader did not know: the months' statistics
 * ("according to 10 months' data of 2019"), "по результатам N месяцев", Kazakh "алғашқы N айында" (the first N
 * months) and Russian "первая/вторая половина" of a year. Each is the span from January (or July) that the standard
 * writes for "за 11 месяцев 2025 года", and the sentences after it carry it; a half of something that is not a year
 * ("в первой половине дня") stays no period.
 */
class PartOfAYearWordsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The port handled 9.2 million t of cargo according to 10 months' figures of 2019. | 9.2 million t | 2019-12-20 | 2019-01/2019-10
            According to 10 months' data of 2019, the port handled 9.2 million t. Its rival handled 4.1 million t. | 4.1 million t | 2019-12-20 | 2019-01/2019-10
            По результатам 10 месяцев текущего года экспорт муки составил 2 млн тонн. | 2 млн тонн | 2025-12-20 | 2025-01/2025-10
            2025 жылдың алғашқы 10 айында ұн экспорты 2 млн тоннаға жетті. | 2 млн тоннаға | 2025-12-20 | 2025-01/2025-10
            За первую половину 2025 года экспорт муки вырос на 12%. | 12% | 2025-12-20 | 2025-01/2025-06
            Во второй половине прошлого года экспорт муки вырос на 12%. | 12% | 2025-12-20 | 2024-07/2024-12
            В первой половине дня цены на муку выросли на 12%. | 12% | 2025-12-20 |
            """)
    void shouldReadTheFirstMonthsOrHalfOfAYear(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
