package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that names the period set before it again ("in that period", "в этот же отчетный период", "sur la
 * période", "осы кезеңде", "shu davrda", "мазкур даврда") goes on with that period (the standard: a period carried
 * over from the sentence that sets it), even for a count, which otherwise takes no period from a paragraph before
 * its own. Every language's forms: Russian "в" beside "за" and "в течение", Kazakh and Uzbek locatives in both
 * Uzbek scripts. The base of a comparison ("ўтган йилнинг шу даврида") is no such pointer.
 */
class PeriodPointedBackTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Freight by rail came to 9 million tons in January-May 2023.\\n\\nThe new terminal opened in the spring.\\n\\nIn that period, 45 new carriers entered the market. | 45 | 2023-01/2023-05
            Freight by rail came to 9 million tons in January-May 2023.\\n\\nThe new terminal opened in the spring.\\n\\nDuring this time, 45 new carriers entered the market. | 45 | 2023-01/2023-05
            Перевозки по железной дороге составили 9 млн тонн в январе-мае 2023 года.\\n\\nНовый терминал открылся весной.\\n\\nВ этот же отчетный период на рынок вышли 45 новых перевозчиков. | 45 | 2023-01/2023-05
            Перевозки по железной дороге составили 9 млн тонн в январе-мае 2023 года.\\n\\nНовый терминал открылся весной.\\n\\nВ указанный период на рынок вышли 45 новых перевозчиков. | 45 | 2023-01/2023-05
            Перевозки по железной дороге составили 9 млн тонн в январе-мае 2023 года.\\n\\nНовый терминал открылся весной.\\n\\nЗа это время на рынок вышли 45 новых перевозчиков. | 45 | 2023-01/2023-05
            Перевозки по железной дороге составили 9 млн тонн в январе-мае 2023 года.\\n\\nНовый терминал открылся весной.\\n\\nВ течение данного периода на рынок вышли 45 новых перевозчиков. | 45 | 2023-01/2023-05
            Le fret ferroviaire a atteint 9 millions de tonnes en janvier-mai 2023.\\n\\nLe nouveau terminal a ouvert au printemps.\\n\\nSur la période, 45 nouveaux transporteurs sont entrés sur le marché. | 45 | 2023-01/2023-05
            2023 жылғы қаңтар-мамырда теміржол тасымалы 9 млн тоннаны құрады.\\n\\nЖаңа терминал көктемде ашылды.\\n\\nОсы кезеңде нарыққа 45 жаңа тасымалдаушы шықты. | 45 | 2023-01/2023-05
            2023 жылғы қаңтар-мамырда теміржол тасымалы 9 млн тоннаны құрады.\\n\\nЖаңа терминал көктемде ашылды.\\n\\nАталған кезеңде нарыққа 45 жаңа тасымалдаушы шықты. | 45 | 2023-01/2023-05
            2023 yil yanvar-may oylarida temir yo'l tashuvlari 9 mln tonnani tashkil etdi.\\n\\nYangi terminal bahorda ochildi.\\n\\nShu davrda bozorga 45 ta yangi tashuvchi kirdi. | 45 | 2023-01/2023-05
            2023 yil yanvar-may oylarida temir yo'l tashuvlari 9 mln tonnani tashkil etdi.\\n\\nYangi terminal bahorda ochildi.\\n\\nHisobot davrida bozorga 45 ta yangi tashuvchi kirdi. | 45 | 2023-01/2023-05
            2023 йил январь-май ойларида темир йўл ташувлари 9 млн тоннани ташкил этди.\\n\\nЯнги терминал баҳорда очилди.\\n\\nМазкур даврда бозорга 45 та янги ташувчи кирди. | 45 | 2023-01/2023-05
            2023 йил январь-май ойларида темир йўл ташувлари 9 млн тоннани ташкил этди.\\n\\nЯнги терминал баҳорда очилди.\\n\\nШу вақт ичида бозорга 45 та янги ташувчи кирди. | 45 | 2023-01/2023-05
            """)
    void shouldCarryThePeriodASentenceNamesAgain(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body.replace("\\n", "\n"), "2023-06-20", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Freight by rail came to 9 million tons in January-May 2023.\\n\\nThe new terminal opened in the spring.\\n\\nSome 45 carriers work on the market. | 45 | null
            2023 yil yanvar-may oylarida temir yo'l tashuvlari 9 mln tonnani tashkil etdi.\\n\\nYangi terminal bahorda ochildi.\\n\\nBozorda 45 ta tashuvchi ishlaydi. | 45 | null
            """)
    void shouldLeaveACountWithNoPointerUndated(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body.replace("\\n", "\n"), "2023-06-20", text).period()).isEqualTo(period);
    }
}
