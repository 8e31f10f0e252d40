package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Oil that a named line carries is that line's freight, whatever word of trade the sentence uses (LABEL-FIXES "Oil,
 * coal or grain in tonnes shipped abroad"): a pipeline named by its own name, tonnes bound for a province, a change
 * stated right after such tonnes, and the change of a product's flow through a line. A product's exports with no line,
 * and a change of something that is no product, stay `other`.
 */
class OilOnANamedLineTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In May, Kazakhstan supplied 40,000 tonnes of crude oil to Poland via Druzhba. | 40,000 tonnes | cargo.volume
            Since 2010 China has imported 50 million tonnes of crude oil via this pipeline, most of it bound for refineries in Xinjiang. | 50 million tonnes | cargo.volume
            Les importations de pétrole via l'oléoduc ont atteint un record de 9,5 millions de tonnes l'an dernier, soit une hausse de 12 % en glissement annuel. | 12 % | cargo.volume
            Le flux de pétrole à travers l'oléoduc a chuté d'environ 25 % après l'attaque. | 25 % | cargo.volume
            The flow of oil through the pipeline fell by about 25% after the attack on a pumping station. | 25% | cargo.volume
            In May, Kazakhstan exported 40,000 tonnes of crude oil to Poland. | 40,000 tonnes | other
            The port's revenue through the terminal rose by 25% last year. | 25% | other
            """)
    void shouldReadOilAsTheLinesFreightWhenANamedLineCarriesIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
