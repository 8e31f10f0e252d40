package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An undated text that opens on a relative period ("in the first half of this year") in a sentence naming no year,
 * under a headline naming none, never says which year it is written in: the years its later paragraphs give to their
 * data ("from $2 billion in 2015 to $5 billion in 2023") are not its "now". A relative period there takes only a year
 * its own paragraph names, else none, and the figures carried after it ("In the period") take none either
 * (conventions: a relative period resolves against a date the text states, or the year its paragraph states for it).
 * A text that names a year before its first relative period keeps the wider reading, unless that year is the period of
 * other figures (round 45, perb45: a year given to other data does not date the writing). Paragraphs are marked "¶".
 */
class UndatedOpeningTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In the first half of this year, exports to Kyrgyzstan rose by 7 percent. ¶ Trade grew from $2 billion in 2015 to $5 billion in 2023. ¶ In the first half of this year, imports came to $900 million. | $900 million |
            In the first half of this year, exports to Kyrgyzstan rose by 7 percent. ¶ Trade grew from $2 billion in 2015 to $5 billion in 2023. ¶ In the first half of this year, imports came to $900 million. ¶ In the period, imports of grain rose by 4 percent. | 4 percent |
            In the first half of this year, exports to Kyrgyzstan rose by 7 percent. ¶ Trade reached $5 billion in 2023. In the first half of this year, imports came to $900 million. | $900 million | 2023-01/2023-06
            Trade grew from $2 billion in 2015 to $5 billion in 2023. ¶ In the first half of this year, imports came to $900 million. | $900 million |
            Trade grew in 2023, the ministry said. ¶ In the first half of this year, imports came to $900 million. | $900 million | 2023-01/2023-06
            """)
    void shouldLeaveTheYearOfAnUndatedOpeningUnknown(String body, String text, String period) {
        String paragraphs = body.replace(" ¶ ", "\n\n");
        assertThat(AnalyzedFigures.figure(paragraphs, null, text).period()).isEqualTo(period);
    }
}
