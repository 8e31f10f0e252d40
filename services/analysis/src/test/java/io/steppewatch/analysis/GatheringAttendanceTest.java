package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions 33 and 52: a count of an event takes the publication month when the text dates the event by a weekday or
 * a relative day; those attending a gathering are such a count whatever noun counts them (round 48, per48). Guards:
 * a gathering the text does not date against the publication, and a count of standing firms beside a forum.
 */
class GatheringAttendanceTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The Kazakh-Polish business forum opened in Almaty on Tuesday. Some 120 firms from the two countries attended the forum.          | 2023-10-12 | 120 firms       | 2023-10
            On Monday the Uzbek-Korean investment forum opened in Tashkent. In all, 90 delegates are taking part in the forum.            | 2022-04-05 | 90 delegates    | 2022-04
            Mardi, le forum d'affaires kazakh-hongrois s'est tenu à Astana. Plus de 70 entreprises ont participé au forum.                  | 2021-11-18 | 70 entreprises  | 2021-11
            The Kazakh-Polish business forum was held in Almaty. Some 120 firms from the two countries attended the forum.                 | 2023-10-12 | 120 firms       | null
            The Kazakh-Polish business forum opened in Almaty on Tuesday. Some 120 Polish firms operate in Kazakhstan, the forum heard.   | 2023-10-12 | 120 Polish       | null
            """)
    void shouldDateTheAttendanceOfADatedGathering(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
