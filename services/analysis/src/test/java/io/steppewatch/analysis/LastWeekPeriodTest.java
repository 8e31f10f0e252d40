package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure a dated text reports for the week or the day just gone ("last week", "over the past 24 hours", "на
 * прошлой неделе", "la semaine dernière", Kazakh "өткен аптада", Uzbek "o'tgan haftada") is of the month that week
 * or day falls in: the publication month, or the month before when the week reaches back across its start
 * (decisions 33 and 52: a text dates what it reports by a relative week or day). A list set out after a colon
 * goes on with that month. An undated text has no week to count back from: `null`.
 */
class LastWeekPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Some 150 trucks crossed the border post into Kazakhstan over the past 24 hours. | 150 trucks | 2023-08-23 | 2023-08
            The grain terminal handled 1,500 tons of wheat over the past week. | 1,500 tons | 2023-08-23 | 2023-08
            Border guards detained 25 smugglers who crossed the river from Afghanistan last week. | 25 smugglers | 2011-01-03 | 2010-12
            На прошлой неделе через порт Актау перевезли 40 тысяч тонн грузов. | 40 тысяч тонн | 2025-06-04 | 2025-05
            La semaine dernière, le port d'Aktau a traité 12 000 tonnes de céréales. | 12 000 tonnes | 2024-03-05 | 2024-02
            Өткен аптада теміржол арқылы шетелге 520 тонна жүк жөнелтілді. | 520 тонна | 2026-03-09 | 2026-03
            O'tgan haftada temir yo'l orqali 800 tonna yuk tashildi. | 800 tonna | 2024-03-15 | 2024-03
            Some 150 trucks crossed the border post into Kazakhstan over the past 24 hours. | 150 trucks | |
            """)
    void shouldDateAFigureOfTheWeekOrDayJustGone(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4 000 тонна | 2026-03
            2 000 тонна | 2026-03
            """)
    void shouldCarryTheWeekIntoAListAfterAColon(String text, String period) {
        String body = "Министрлік өткен аптада порттар арқылы 6 000 тонна жүк тасымалданғанын хабарлады. "
                + "Тасымалдау былай бөлінді:\n— Хайратан арқылы — 4 000 тонна,\n— Торғұнди арқылы — 2 000 тонна.";
        assertThat(AnalyzedFigures.figure(body, "2026-03-09", text).period()).isEqualTo(period);
    }
}
