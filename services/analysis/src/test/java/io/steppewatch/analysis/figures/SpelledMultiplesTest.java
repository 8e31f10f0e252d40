package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Multiples written in words (decision 15 of round 33: unit {@code times}, a change of the quantity multiplied) in the
 * five languages, and the same words where they multiply nothing: a tax paid twice, a second track. Same row format as
 * {@link FigureExtractorTest}.
 */
class SpelledMultiplesTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | wheat shipments through the port have doubled since spring              | doubled=2 times
            en | the ministry hopes to triple the output of the plant                    | triple=3 times
            en | lorry traffic at the checkpoint grew sevenfold in a decade              | sevenfold=7 times
            en | coal sales could double by the end of the decade                        | double=2 times
            ru | число рейсов между столицами выросло втрое                               | втрое=3 times
            ru | стороны договорились удвоить поставки хлопка                             | удвоить=2 times
            ru | перевалка в порту почти утроилась с прошлой весны                       | утроилась=3 times
            fr | les livraisons de ciment ont presque doublé en un an                     | doublé=2 times
            fr | la compagnie veut quintupler le nombre de vols vers Almaty               | quintupler=5 times
            fr | les ventes de laine ont été multipliées par trois depuis 2015            | trois=3 times
            kk | жолаушылар саны соңғы жылдары үш есе өсті                                | үш есе=3 times
            uz | мева экспорти икки баравар ошди                                           | икки баравар=2 times
            uz | paxta eksporti uch barobar kamaydi                                        | uch barobar=3 times
            """)
    void shouldReadMultipleWhenWrittenInWords(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | the treaty ends a double taxation of small firms                        |
            en | a double whammy of drought and debt hit the farmers                      |
            en | builders will double the track between the two stations                 |
            fr | des biens à double usage ont été saisis                                    |
            fr | les travaux serviront à doubler la voie entre les deux gares              |
            en | the two presidents met twice in spring                                     |
            en | exports to the neighbour more than doubled (2.1 times) last year           | 2.1 times=2.1 times
            """)
    void shouldReadNoMultipleWhenWordMultipliesNothing(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
