package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A report whose lead speaks of a drill under way or about to begin dates the drill's counts of troops and equipment
 * by its month, also in sentences that do not name the drill again (the event-count decision of 2026-12-04: "a drill
 * the dated report says is under way"; decision 33). Without a drill in the lead, and with nothing else dating the
 * event, a count of people keeps none. Paragraphs are marked "¶".
 */
class DrillLeadPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Совместные командно-штабные учения стран ОДКБ начались в Таджикистане. ¶ В них участвуют контингенты четырех государств. ¶ По данным министерства, всего задействовано около 900 человек и 120 единиц техники. | 900 человек | 2024-10-08 | 2024-10
            Joint tactical exercises of Kazakh and Kyrgyz troops opened at the Matybulak range. ¶ Units from both armies arrived by rail. ¶ In all, some 2,000 soldiers are engaged, the ministry said. | 2,000 soldiers | 2024-10-08 | 2024-10
            The ministry published its annual report on the border service. ¶ Units from both armies arrived by rail. ¶ In all, some 2,000 soldiers serve on the southern frontier, the ministry said. | 2,000 soldiers | 2024-10-08 |
            """)
    void shouldDateADrillsCountsByTheDrillInTheLead(String body, String text, String published, String period) {
        String paragraphs = body.replace(" ¶ ", "\n\n");
        assertThat(AnalyzedFigures.figure(paragraphs, published, text).period()).isEqualTo(period);
    }
}
