package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a Kazakh or Uzbek sentence the word after a noun of trade is no product in the genitive (those languages put the
 * goods before the noun): "импорт эса" ("while imports") keeps {@code trade.imports} (decision 57 of round 38: a
 * sentence that names no goods keeps the trade); the Russian "импорт кабеля" is still one product's flow.
 */
class UzbekTradeNounParticleTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2024 йилда Туркия билан савдо ўсди, импорт эса 3 фоизга камайиб, 610 миллион долларни ташкил этди. | 3 фоизга                | trade.imports
            2024 йилда Туркия билан савдо ўсди, импорт эса 3 фоизга камайиб, 610 миллион долларни ташкил этди. | 610 миллион долларни    | trade.imports
            В 2024 году импорт кабеля из Турции вырос на 3%, до 610 миллионов долларов.                         | 3%                      | other
            """)
    void shouldKeepTradeWhenAnUzbekParticleFollowsTheTradeNoun(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
