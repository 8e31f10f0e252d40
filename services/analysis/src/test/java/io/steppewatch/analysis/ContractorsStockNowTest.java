package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 34 of round 35: the projects one side's builders have carried out in another country are a stock built
 * over the years, of no period unless their sentence names one; said with a word of the present moment ("so far", "to
 * date", "на сегодняшний день", "jusqu'à présent") they take the publication month.
 */
class ContractorsStockNowTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Chinese construction contractors have completed 240 projects worth $9 billion in Kyrgyzstan so far.        | $9 billion       | 2023-06
            To date, Chinese construction contractors have completed 240 projects worth $9 billion in Kyrgyzstan.     | 240 projects     | 2023-06
            Chinese construction contractors have completed 240 projects worth $9 billion in Kyrgyzstan.              | $9 billion       | null
            На сегодняшний день китайские строительные подрядчики реализовали в Кыргызстане 240 проектов на 9 млрд долларов. | 9 млрд долларов | 2023-06
            Китайские строительные подрядчики реализовали в Кыргызстане 240 проектов на 9 млрд долларов.              | 9 млрд долларов  | null
            Jusqu'à présent, les entreprises de construction chinoises ont réalisé 240 projets d'un montant de 9 milliards de dollars au Kirghizistan. | 9 milliards de dollars | 2023-06
            """)
    void shouldDateContractorsProjectsOnlyWithAWordOfThePresentMoment(String body, String text, String period) {
        assertThat(figure(body, "2023-06-14", text).period()).isEqualTo(period);
    }
}
