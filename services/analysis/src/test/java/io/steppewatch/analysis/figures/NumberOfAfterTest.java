package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French puts the amount before its object in "estimer (évaluer, chiffrer) à N le nombre de X": the number counts the
 * X named after it, with or without a scale word, and so does "porter à N le total de X"; a sum named so ("le nombre d'échanges" is money) stays no count.
 */
class NumberOfAfterTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | Le maire estime à 2.300 le nombre de saisonniers partis cet été.        | 2.300 le nombre de saisonniers=2300 count
            fr | L'agence évaluait à 3,4 millions le nombre de voyageurs en transit.     | 3,4 millions le nombre de voyageurs=3400000 count
            fr | Le ministère chiffre à 5 milliards le nombre d'échanges du secteur.     |
            fr | La livraison porte à 14 le total des locomotives reçues par la société.  | 14 le total des locomotives=14 count
            """)
    void shouldCountTheNounNamedAfterTheNumber(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
