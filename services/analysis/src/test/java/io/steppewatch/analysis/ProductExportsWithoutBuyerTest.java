package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One product's exports that go to no buyer the sentence names are the exporting country's own flow, whatever partner
 * the headline names: in money and in percent as in tonnes, with the exporter named by a possessive, as where they
 * come from, or as the body that reports them.
 */
class ProductExportsWithoutBuyerTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China becomes main buyer of Tajik cotton | Tajikistan's export of cotton fibre reached $120 million in the first half of 2024. | $120 million | TJ
            China becomes main buyer of Tajik cotton | In 2024, total exports of cotton fibre from Tajikistan were worth $120 million. | $120 million | TJ
            Kazakhstan starts to supply flour to Afghanistan | Grain worth $420 million has been exported since the beginning of this year. | $420 million | KZ
            Iran buys Kazakh barley | At the start of the year, the Ministry of Agriculture of Kazakhstan estimated barley exports at 850,000 tonnes. | 850,000 tonnes | KZ
            """)
    void shouldGiveTheExporterAloneWhenNoBuyerIsNamed(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    /** The same for a figure of no trade metric: a share of the exports a country owns. */
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China buys Mongolian coal | Mongolia's coal export peaked in 2014, having made up 45 percent of the country's annual export. | 45 percent | MN
            """)
    void shouldGiveTheOwnerOfExportsAloneForAFigureOfNoTradeMetric(String title, String body, String figure,
                                                                   String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    /** "En direction de" names where the goods go, though "de" can say where they come from. */
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le Kazakhstan vend son orge | En direction de la Turquie, les exportations d'orge sont passées de 2 000 à 90 000 tonnes. | 90 000 tonnes | KZ TR
            """)
    void shouldKeepTheBuyerADirectionNames(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
