package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A share of the very total trade, exports or imports the text dated before takes that period (decision 51 of round
 * 37), however far back the statistics were dated: headings, remarks and paragraphs without figures between them do
 * not cut it off. The day of a report is no period of the statistics. A share whose whole is a standing flow (what a
 * pipeline carries) or no trade total keeps none. Paragraphs are marked "¶".
 */
class TradeTotalSharePeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In January-June 2024, Kyrgyzstan's foreign trade came to $7.1 billion. ¶ The report was prepared by the statistics committee. ¶ The committee adds that the country now trades with 150 states. ¶ The main partners are Russia and China, which make up 27% and 24% of the total trade respectively. | 27% | 2024-09-10 | 2024-01/2024-06
            De janvier à mai 2024, les exportations du Tadjikistan ont atteint 900 millions de dollars. ¶ Selon le ministère, le pays exporte aujourd'hui vers 70 pays. ¶ Le Kazakhstan et la Turquie représentent respectivement 33 % et 12 % du volume total des exportations. | 33 % | 2024-07-02 | 2024-01/2024-05
            В январе-мае 2024 года внешнеторговый оборот Таджикистана составил 3,1 млрд долларов. Об этом сегодня, 4 июля, сообщает агентство. ¶ Республика торгует со 110 странами мира. ¶ Основные партнеры республики - Россия, Китай и Казахстан. ¶ Туда вывозят алюминий и хлопок. ¶ По данным ведомства, на долю России приходится 28% от общего объема таджикского экспорта. | 28% | 2024-07-04 | 2024-01/2024-05
            2024-yil yanvar-iyun oylarida eksport hajmi 12 mlrd dollarni tashkil etdi. ¶ Eksport ¶ Bu haqda qo'mita xabar berdi. ¶ Eksport tarkibida xizmatlar 14,2% ulushga ega. | 14,2% | 2024-08-01 | 2024-01/2024-06
            In January-June 2024, Kazakhstan's exports came to $38 billion. ¶ Oil remains the main export good. ¶ The line is run by a consortium. ¶ The pipeline carries about 70% of the country's total exports of oil. | 70% | 2024-09-10 |
            In January-June 2024, Kyrgyzstan's foreign trade came to $7.1 billion. ¶ The report was prepared by the statistics committee. ¶ The committee adds that the country now trades with 150 states. ¶ Women make up 51% of the country's population. | 51% | 2024-09-10 |
            """)
    void shouldDateAShareOfTheTotalTradeByItsStatistics(String body, String text, String published, String period) {
        String paragraphs = body.replace(" ¶ ", "\n\n");
        assertThat(AnalyzedFigures.figure(paragraphs, published, text).period()).isEqualTo(period);
    }
}
