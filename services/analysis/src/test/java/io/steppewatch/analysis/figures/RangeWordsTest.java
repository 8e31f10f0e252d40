package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written check for the words that open or close a range answers as the pattern it replaced. */
class RangeWordsTest {

    private static final List<String> WORDS = List.of("from", "from the current", "с", "de", "du", "от");
    private static final Pattern PATTERN = Pattern.compile("(?:^|\\W)(?:from|from the current|с|de|du|от)\\s+$");

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'rose from '            | true
            'from the current '     | true
            'rose from'             | false
            'grew wherefrom '       | false
            'вырос с  '             | true
            'пот '                  | true
            'passé de '             | true
            'x_de '                 | false
            'de '                   | true
            """)
    void shouldTellWhetherTheTextEndsWithARangeWord(String text, boolean expected) {
        assertThat(TextWalks.endsWithWord(text, WORDS)).isEqualTo(expected);
    }

    @Test
    void shouldAnswerAsThePatternOnRandomText() {
        Random random = new Random(20261201L);
        String alphabet = "fromthecurndеsсоtx _-é\n\r\t\u0085\u2028 ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) {
                text.append(random.nextInt(4) == 0 ? WORDS.get(random.nextInt(WORDS.size()))
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String s = text.toString();
            assertThat(TextWalks.endsWithWord(s, WORDS)).as("\"%s\"", s).isEqualTo(PATTERN.matcher(s).find());
        }
    }
}
