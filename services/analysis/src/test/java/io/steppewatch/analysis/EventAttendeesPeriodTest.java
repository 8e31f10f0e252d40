package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions 33 and 52: the people present at an event — the participants of a drill, the delegates or representatives
 * at a forum — are its count as its troops are, and take the publication month when the text dates the event against
 * it (a weekday, a day of a month, a drill under way); an event dated by nothing but the publication date, and an
 * undated text, give none.
 */
class EventAttendeesPeriodTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The border guards of both countries began the joint exercise. Nearly 320 participants are taking part in it. | 2024-05-14 | 320 participants | 2024-05
            The trade forum opened in Tashkent on Tuesday. Some 140 delegates from the two countries attended the forum. | 2024-05-14 | 140 delegates | 2024-05
            The forum was held on 12 May. About 260 representatives of the business community attended it.            | 2024-05-14 | 260 representatives | 2024-05
            Форум открылся во вторник в Алматы. В его работе приняли участие около 180 делегатов из обеих стран.       | 2024-05-14 | 180 делегатов | 2024-05
            Le forum s'est ouvert mardi à Douchanbé. Plus de 90 représentants des entreprises y ont assisté.           | 2024-05-14 | 90 représentants | 2024-05
            The trade forum opened in Tashkent. Some 140 delegates from the two countries attended the forum.          | 2024-05-14 | 140 delegates | null
            The trade forum opened in Tashkent on Tuesday. Some 140 delegates from the two countries attended the forum. | null       | 140 delegates | null
            """)
    void shouldDateTheAttendeesOfADatedEvent(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
