package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakh and Uzbek put the case on the month itself ("желтоқсанда", "dekabrda", "декабрида": in December) where
 * Russian and English write a preposition before it, and Kazakh names a span's months with the plural of "month"
 * after them ("қыркүйек-қазан айларында"): the month is the figure's period, of the year written or named
 * before it, else the latest such month up to the publication month. A name that is another word too ("mayda" is
 * small) is read only after a year.
 */
class TurkicMonthCasesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Қазақстан желтоқсанда Өзбекстанға 400 мың тонна бидай жөнелтті.              | 400 мың тонна  | 2024-12
            Қазақстан наурызда Өзбекстанға 400 мың тонна бидай жөнелтті.                 | 400 мың тонна  | 2025-03
            Былтыр қарашада Қазақстан Қытайға 400 мың тонна көмір сатты.                 | 400 мың тонна  | 2024-11
            2023 жылы қыркүйекте Қазақстан Қытайға 400 мың тонна көмір сатты.            | 400 мың тонна  | 2023-09
            2024 жылғы қаңтар-ақпанда Қазақстан Қытайға 400 мың тонна көмір сатты. | 400 мың тонна | 2024-01/2024-02
            Қыркүйек-қазан айларында Қазақстан Қытайға 400 мың тонна көмір сатты. | 400 мың тонна | 2024-09/2024-10
            O'tgan yil noyabrda Qozog'iston O'zbekistonga 400 ming tonna un yubordi. | 400 ming tonna | 2024-11
            2023-yil avgustda Qozog'iston O'zbekistonga 400 ming tonna un yubordi. | 400 ming tonna | 2023-08
            Shu yil yanvar-martda Qozog'iston 400 ming tonna un yubordi.   | 400 ming tonna | 2025-01/2025-03
            Joriy yil fevralda Qozog'iston O'zbekistonga 400 ming tonna un yubordi. | 400 ming tonna | 2025-02
            Ўтган йил октябрда Қозоғистон Ўзбекистонга 400 минг тонна ун жўнатди.         | 400 минг тонна | 2024-10
            Қозоғистон январида Ўзбекистонга 400 минг тонна ун жўнатди.                   | 400 минг тонна | 2025-01
            """)
    void shouldReadAMonthInItsCaseAsTheFiguresPeriod(String body, String figure, String period) {
        assertThat(AnalyzedFigures.figure(body, "2025-04-15", figure).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Mayda korxonalar Qozog'istonga 400 ming tonna un yubordi.                     | 400 ming tonna
            Қазанда өткен жиында 400 мың тонна астық туралы айтылды.                     | 400 мың тонна
            """)
    void shouldReadNoMonthInANameThatIsAnotherWordWithNoYearBeforeIt(String body, String figure) {
        assertThat(AnalyzedFigures.figure(body, "2025-04-15", figure).period()).isNull();
    }
}
