package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The base's own figure (the standard: a change against the same period has the figure's period; the corpus
 * conventions: a sum of "the same period of 2021" covers the months the text set, in the base's year), in the shapes
 * the comparison words do not open: a level the same period of a named year follows at once ("$71.4 million for the
 * same period in 2023", "380,000 tonnes in the same period of 2024", "sur la même période de 2023"), a level after
 * the base and a dash ("выше показателя за аналогичный период 2024 года – 4500"), a year the same period follows ("В 2023 году
 * за аналогичный период", an undated text's months of this year repeated). A sum in brackets after one in the same
 * currency is another sum, not a conversion; a change over the same period keeps its own figure's period.
 */
class SamePeriodOwnFigurePeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            From January through June 2024, trade between Uzbekistan and Latvia reached $96 million ($71.4 million for the same period in 2023). | $71.4 million | 2024-08-01 | 2023-01/2023-06
            From January through June 2024, trade between Uzbekistan and Latvia reached $96 million ($71.4 million for the same period in 2023). | $96 million | 2024-08-01 | 2024-01/2024-06
            In January-March 2025 Kazakhstan shipped 410,000 tonnes of flour to Afghanistan, and 380,000 tonnes in the same period of 2024. | 380,000 tonnes | 2025-05-02 | 2024-01/2024-03
            Sur les six premiers mois de 2024, les échanges entre la France et le Kazakhstan ont atteint 1,2 milliard de dollars, et 900 millions de dollars sur la même période de 2023. | 900 millions de dollars | 2024-09-10 | 2023-01/2023-06
            За январь-май 2025 года через пункт пропуска Кордай прошли 5400 грузовиков. Это на 20% выше показателя за аналогичный период 2024 года – 4500 грузовиков. | 4500 грузовиков | 2025-06-20 | 2024-01/2024-05
            За восемь месяцев текущего года Таджикистан ввез из Казахстана 300 тысяч тонн муки. В 2023 году за аналогичный период было ввезено 250 тысяч тонн. | 250 тысяч тонн | | 2023-01/2023-08
            In January-June 2024 trade between Kazakhstan and Hungary rose 12% over the same period of 2023. | 12% | 2024-08-01 | 2024-01/2024-06
            Remittances from Russia to Uzbekistan reached 3.6 trillion soums ($290 million) in January-March 2024. | $290 million | 2024-05-02 | 2024-01/2024-03
            """)
    void shouldDateTheBasesOwnFigureByTheMonthsInTheBaseYear(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
