package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure counted from a bare start year ("since 2008", "depuis 2016", "с 2024 года", "2010-yildan beri", "beginning
 * from 2003") in a text with no publication date covers a span whose end the text does not date: no period (round 46,
 * per46). The start year, or a year carried from another sentence, is taken away when the sentence names no other
 * year; a figure whose sentence names its own year keeps it, and a dated text keeps its span to the publication month.
 */
class UndatedOpenSinceTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Beginning from 2003, Kyrgyzstan sold nearly 1.4 mln tonnes of coal to China.                                                            | null       | 1.4 mln tonnes | null
            En 2012, le Tadjikistan a acheté 300 000 tonnes de ciment. Ses achats progressent à un rythme annuel moyen de 40 % depuis 2016.       | null       | 40 %           | null
            В 2027 году экспортеры столкнулись с новыми трудностями. Банковские переводы с 2024 года идут медленнее, отказов по ним 20-30%.         | null       | 30%            | null
            O‘zbekiston 2010-yildan beri Qozog‘istonga gaz eksportini 12 barobarga oshirdi.                                                      | null       | 12 barobarga   | null
            Since 2015, sugar imports rose fivefold and reached $320 million in 2022.                                                             | null       | $320 million   | 2022
            Since 2008, Italian firms have invested $7 billion in Kazakhstan.                                                                     | 2024-06-20 | $7 billion     | 2008-01/2024-06
            """)
    void shouldLeaveAnOpenSpanUndated(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
