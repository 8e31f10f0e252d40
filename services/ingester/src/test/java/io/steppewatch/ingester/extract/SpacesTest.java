package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void shouldAnswerAsJavaWhiteSpaceOrNoBreakSpaceForEveryChar() {
        List<Integer> disagree = new ArrayList<>();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace((char) c) || c == '\u00a0';
            if (Spaces.isSpace((char) c) != expected) {
                disagree.add(c);
            }
        }
        assertThat(disagree).isEmpty();
    }

    @Test
    void shouldCountSeparatorsButNotLettersAsSpace() {
        assertThat(Spaces.isSpace('\u2003')).isTrue();
        assertThat(Spaces.isSpace('\u3000')).isTrue();
        assertThat(Spaces.isSpace('\u00a0')).isTrue();
        assertThat(Spaces.isSpace('\u202f')).isFalse();
        assertThat(Spaces.isSpace('ж')).isFalse();
        assertThat(Spaces.isSpace('a')).isFalse();
    }
}
