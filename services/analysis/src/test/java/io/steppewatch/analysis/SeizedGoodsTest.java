package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Goods a border guard, a customs officer or an inspector stopped (seized, found in a lorry, smuggled, undeclared,
 * turned back) are one control's record, not trade or freight between the countries named: other (round 47: gold-zs,
 * gold-zp and gold-zc label such tonnes and their changes other). The word of catching stands near the figure; one
 * far from it, in another part of a long sentence, decides nothing.
 */
class SeizedGoodsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            При осмотре грузового автомобиля, который въезжал из Таджикистана в Киргизию, нашли 9 тонн сигарет без документов. | 9 тонн | other
            На границе проверен импорт зерна из Казахстана в Россию общим объемом 45 тыс. тонн, из которых 1,2 тыс. тонн не допущено к ввозу. | 1,2 тыс. тонн | other
            Customs officers at the Kazakh-Uzbek border seized 12 tonnes of cigarettes smuggled in a freight truck.    | 12 tonnes | other
            Les douaniers kazakhs ont saisi 7 tonnes de marchandises de contrebande importées de Chine par camion.    | 7 tonnes | other
            Жүргізуші декларацияда көрсетілмеген 4 тонна жемісті Қытайдан Қазақстанға жүк көлігімен әкелмек болған.  | 4 тонна | other
            Rail freight between Kazakhstan and China reached 28 million tonnes in 2024.                                | 28 million tonnes | cargo.volume
            Rail freight between Kazakhstan and China reached 28 million tonnes in 2024 according to the annual report of the railway company that was published in Astana last week, which also says that customs seized a lorry. | 28 million tonnes | cargo.volume
            """)
    void shouldReadGoodsStoppedAtAControlAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
