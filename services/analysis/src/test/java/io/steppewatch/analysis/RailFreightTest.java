package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exports, imports or trade in tonnes that a railway carries are its freight, `cargo.volume` (the labels' convention
 * for KTZ's export shipments and for a rail border crossing): the sentence names the railway, or the headline does and
 * the sentence states tonnes. A product's flow stays `other`, and a sum of money stays trade.
 */
class RailFreightTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String title, String body, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", title, body, LocalDate.of(2025, 6, 20), null));
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.offset() >= 0 && f.text().startsWith(text))
                .findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            -                                                                             | Nearly 600,000 tons of the foreign trade at the Sarakhs railway border crossing was transit.  | 600,000 tons         | cargo.volume
            Rail freight between Kazakhstan and China tops 32 million tons                | Kazakhstan's exports grew by 1 million tons and reached 13.7 million tons.                    | 13.7 million tons    | cargo.volume
            Грузоперевозки по железной дороге между Казахстаном и Китаем превысили 32 млн тонн | Экспорт Казахстана вырос на 1 млн тонн и составил 13,7 млн тонн.                         | 13,7 млн тонн        | cargo.volume
            Le fret ferroviaire entre le Kazakhstan et la Chine dépasse 32 millions de tonnes | Les exportations du Kazakhstan ont atteint 13,7 millions de tonnes.                       | 13,7 millions        | cargo.volume
            Қазақстан мен Қытай арасындағы темір жол жүктері 32 млн тоннадан асты                | Қазақстанның экспорт көлемі 13,7 миллион тоннаны құрады.                                      | 13,7 миллион тоннаны | cargo.volume
            -                                                                             | Kazakhstan exported 11.9 million tons of goods to China in 2025.                              | 11.9 million tons    | trade.exports
            Rail freight between Kazakhstan and China tops 32 million tons                | Kazakhstan's exports to China reached $5 billion.                                             | $5 billion           | trade.exports
            Грузоперевозки по железной дороге между Казахстаном и Китаем превысили 32 млн тонн | Экспорт Казахстана в Китай составил 5 млрд долларов.                                      | 5 млрд долларов      | trade.exports
            Le fret ferroviaire entre le Kazakhstan et la Chine dépasse 32 millions de tonnes | Les exportations du Kazakhstan vers la Chine ont atteint 5 milliards de dollars.          | 5 milliards          | trade.exports
            """)
    void shouldReadRailwayFreightWhenTradeInTonnesRunsOnARailway(String title, String body, String text,
                                                                 String metric) {
        assertThat(figure("-".equals(title) ? "" : title, body, text).metric()).isEqualTo(metric);
    }
}
