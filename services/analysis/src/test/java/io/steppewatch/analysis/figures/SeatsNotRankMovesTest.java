package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plural of places or positions after a cardinal number is a move in a ranking only when a word of ranking stands
 * near it other than the noun itself (round 48, recall48): the seats of a hall or a stadium ("un théâtre de 650
 * places") are a count, while "gagné 4 places au classement" stays a rank. Same row format as
 * {@link FigureExtractorTest}.
 */
class SeatsNotRankMovesTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | la ville a inauguré hier un auditorium de 1.200 places        | 1.200 places=1200 count
            fr | le nouveau théâtre de 650 places ouvrira ses portes en mai     | 650 places=650 count
            fr | Pékin financera une salle de concert de 4.500 places à Achgabat | 4.500 places=4500 count
            fr | le pays a gagné 4 places au classement mondial                 | 4 places=4 rank
            en | the republic climbed 7 places in the annual ranking            | 7 places=7 rank
            ru | в рейтинге страна поднялась на 12 позиций                      | 12 позиций=12 rank
            """)
    void shouldCountSeatsUnlessARankingWordStandsBesideThePlaces(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
