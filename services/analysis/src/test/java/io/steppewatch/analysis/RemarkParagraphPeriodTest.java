package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A paragraph that opens on a side remark ("To note", "Нужно отметить", "À noter") or on a reminder of earlier news
 * ("Earlier", "Ранее сообщалось", "Напомним") stands beside the story the paragraphs before it date: its figures take
 * a period from their own paragraph or none, not the one carried from before. A remark that tells how a figure
 * changed goes on over the story's period; a period of the remark's own is kept. Paragraphs are marked "¶".
 */
class RemarkParagraphPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            From January to June 2025, the country exported textiles worth $2.1 billion. ¶ To note, the country ranks 6th in the world in cotton output, harvesting about 3 million tons of raw cotton. | 3 million tons | 2025-07-15 |
            From January to June 2025, the country exported textiles worth $2.1 billion. ¶ To note, the country ranks 6th in the world in cotton output, harvesting about 3 million tons of raw cotton. | 6th | 2025-07-15 |
            Ввод плотины в эксплуатацию планируется на 2029 год. ¶ Нужно отметить, что забор воды может достигать 12 кубических метров вместо 5, а это грозит потерей до 20% поливной воды. | 20% | |
            In January-September 2024, trade between the two countries reached $3.2 billion. ¶ Earlier it was reported that exports through the border trade zone rose to $40 million. | $40 million | 2024-10-20 |
            In January-August 2025, trade with the bloc's members reached $4 billion. ¶ To note, trade with Georgia fell by 6 percent to $300 million. | $300 million | 2025-09-12 | 2025-01/2025-08
            In January-August 2025, trade with the bloc's members reached $4 billion. ¶ To note, in 2023 the port handled 5 million tons of cargo. | 5 million tons | 2025-09-12 | 2023
            """)
    void shouldNotCarryAPeriodIntoARemark(String body, String text, String published, String period) {
        String paragraphs = body.replace(" ¶ ", "\n\n");
        assertThat(AnalyzedFigures.figure(paragraphs, published, text).period()).isEqualTo(period);
    }
}
