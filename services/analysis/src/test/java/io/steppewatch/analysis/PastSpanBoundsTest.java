package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 65 of round 39, anchor (1): a span of the past N years whose bounds the text writes beside it takes those
 * bounds, for the count of years itself too, whatever the count makes of them (round 48, per48). Guard: a count of
 * years with no bounds beside it keeps the whole years before the publication year.
 */
class PastSpanBoundsTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Over the past four years (2019-2023), Uzbek textile exports to Poland tripled.                         | null       | four years  | 2019-01/2023-12
            Over the past two years, from 2021 to 2023, Tajik aluminium sales to Turkey doubled.                  | null       | two years   | 2021-01/2023-12
            Over the past four years, Uzbek textile exports to Poland tripled.                                    | 2024-03-02 | four years  | 2020-01/2023-12
            """)
    void shouldTakeTheBoundsWrittenBesideTheSpan(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
