package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages break long words with soft hyphens and zero-width characters that a reader never sees; the analysis reads
 * the words they split as whole words.
 */
class InvisibleCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u00AD", "\u200B", "\u2060", "\uFEFF"})
    void shouldReadAWordSplitByAnInvisibleCharacterAsOneWord(String invisible) {
        String body = "Ka" + invisible + "zakh" + invisible + "stan exported 5.1 million tonnes of wheat to Chi"
                + invisible + "na in 2024.";
        Analysis analysis = ArticleAnalyzer.withDefaults()
                .analyze(new ArticleText("t", "Grain ex" + invisible + "ports", body, LocalDate.of(2025, 2, 3), null));

        assertThat(analysis.countries()).contains("KZ");
        ExtractedFigure tonnes = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2025, 2, 3), null),
                "5.1 million");
        assertThat(tonnes.subjects()).contains("KZ");
        assertThat(tonnes.period()).isEqualTo("2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00AD", "\u200B"})
    void shouldLeaveNoInvisibleCharacterInTheTextTheAnalysisReads(String invisible) {
        ArticleText article = new ArticleText("t", "Trans" + invisible + "it", "Cor" + invisible + "ridor", null, null);

        assertThat(article.title()).isEqualTo("Transit");
        assertThat(article.body()).isEqualTo("Corridor");
    }
}
