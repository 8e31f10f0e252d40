package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In an undated text, a headline whose year is that of a plan or a forecast ("... will be completed in 2025", "В 2025
 * году начнется ...", "... ahead of 2026") dates neither the body's facts nor its levels (round 46, perb46;
 * {@code PlannedHeadlines}). A figure after a body sentence that states the same year itself still takes it (the guard
 * row). Paragraphs are written with "~".
 */
class PlannedHeadlinePeriodTest {

    @ParameterizedTest(name = "{2} under \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The new terminal at Khorgos will be commissioned in 2027 | Builders have laid about 4.2 million cubic meters of concrete at the site. | 4.2 million cubic | null
            В 2026 году начнется строительство второй очереди порта | Строители уже уложили около 350 тысяч кубометров грунта. | 350 тысяч кубометров | null
            Kyrgyzstan and Hungary eye trade breakthrough ahead of 2027 | The central bank says Kyrgyzstan's foreign debt stood at $5.1 bn as of July 1. | $5.1 bn | null
            The rail bypass will be finished in 2026 | Work on the bypass began in 2026 with 40 kilometres of embankment.~About 2.8 million cubic meters of soil were moved by spring. | 2.8 million cubic | 2026
            """)
    void shouldNotDateFactsByAPlannedHeadline(String title, String body, String text, String period) {
        ArticleText article = new ArticleText("t", title, body.replace("~", "\n\n"), null, null);
        assertThat(AnalyzedFigures.figure(article, text).period()).isEqualTo(period);
    }
}
