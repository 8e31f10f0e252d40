package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In an undated text, a year the paragraph before names for other figures, or for an act, does not say which year
 * "last year" or "this year" is (round 45, perb45; the 2026-12-04 decision on undated texts: "a year the text names as
 * the period of other data does not date the writing"). A year stated for the same figure, or with no figure of its
 * own, still does; a headline's months of one year date the text as a part-year would; and a relative year its own
 * paragraph dates gives the year of writing to the text's later ones. Paragraphs are written with "~".
 */
class UndatedYearOfOtherDataTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null | В 2022 году через порт Актау прошло 6 млн тонн грузов.~В прошлом году экспорт через порт составил 2,1 млн тонн. | 2,1 млн тонн | null
            null | Bilateral trade grew 35 percent to $512.6 million in 2014.~Kyrgyz exports to Turkey reached $61 million last year. | $61 million | null
            null | En 2023, les échanges ont progressé de 5 % pour atteindre 4,1 milliards de dollars.~L'année dernière, les exportations agricoles s'élevaient à 900 millions de dollars. | 900 millions | null
            null | Their partnership was established in 2012, the minister recalled.~Trade between the two countries came to about $3 billion last year. | $3 billion | null
            null | The pipeline should carry 58 million tons of oil in 2024, its operator said.~"We now expect 58 million tons for the year, not 63 million tons this year as planned," he added. | 63 million | 2024
            null | Oil imports from Kazakhstan through the pipeline rose in 2013, the region said.~Imports reached a record 11.2 million tonnes last year. | 11.2 million | 2013
            Trade with Central Asia hits a record in January-April 2025 | Kazakhstan traded goods worth $41 billion with China last year. | $41 billion | 2024
            null | Container traffic on the feeder line grew by 12% last year. In 2025 the line carried 61,000 TEU, up from 54,000 TEU in 2024.~The border crossing handled 15.2 million tonnes of goods last year. | 15.2 million | 2025
            """)
    void shouldDateRelativeYearsOnlyByTheYearSpokenOf(String title, String body, String text, String period) {
        ArticleText article = new ArticleText("t", title == null ? "" : title, body.replace("~", "\n\n"), null, null);
        assertThat(AnalyzedFigures.figure(article, text).period()).isEqualTo(period);
    }
}
