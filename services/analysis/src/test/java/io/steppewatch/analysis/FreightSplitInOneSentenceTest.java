package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A freight total and the parts one sentence splits off it ("including", "of which", "оның ішінде", "Соның ішінде"
 * opening the sentence) measure one freight (decision 56 of round 38): where the cue of carriage stands by one of them
 * only (the Kazakh verb closing the sentence after the last part, the English part's own verb), the others read as
 * the same freight. A product's exports split so stay that product's flow (decision 68). Without a link word, two tonnages of one sentence keep their own readings.
 */
class FreightSplitInOneSentenceTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Биыл шекаралық бекеттер арқылы 18 млн тонна, оның ішінде Қытай жағынан 7,5 млн тоннадан астам, қарсы бағытта 10,5 млн тонна жүк тасымалданады деп жоспарланып отыр. | 18 млн тонна | cargo.volume
            Биыл шекаралық бекеттер арқылы 18 млн тонна, оның ішінде Қытай жағынан 7,5 млн тоннадан астам, қарсы бағытта 10,5 млн тонна жүк тасымалданады деп жоспарланып отыр. | 7,5 млн тоннадан | cargo.volume
            Порт былтыр 11 млн тонна жүк қабылдады. Соның ішінде, 6,2 млн тонна мұнай, 900 мың тонна мақта, 400 мың тонна басқа да жүктер тасымалданды. | 6,2 млн тонна | cargo.volume
            Next year the total should grow to 6.4 million tons, of which 3.9 million tons will move along the corridor itself. | 6.4 million tons | cargo.volume
            Last year 8,450 container shipments left the country's stations, including 4,100 transit, 2,050 export and 2,300 import container shipments. | 4,100 | cargo.containers
            Selon le ministère, les exportations d'orge de la saison atteignent au total 4 millions de tonnes, dont 2,5 millions ont déjà été expédiées. | 4 millions de tonnes | other
            Next year the total should grow to 6.4 million tons, while 3.9 million tons will move along the corridor itself. | 6.4 million tons | other
            """)
    void shouldReadATotalAndItsPartsAsOneFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
