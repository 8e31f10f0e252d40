package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordIdSetTest {

    @Test
    void shouldAnswerAsItsWordsWhenAskedWithNumberedAndUnnumberedWords() {
        WordIdSet set = WordIdSet.of(List.of("vingt", "двадцать", "x5", "twenty"));
        List<Words.Word> words = Words.split("Vingt ДВАДЦАТЬ twenty-one x5 x6 vingtaine");
        assertThat(words).extracting(set::contains).containsExactly(true, true, true, false, true, false, false);
        assertThat(words.get(3).id()).isNotEqualTo(WordIds.NONE); // "one", numbered but not a member
        assertThat(words.get(4).id()).isEqualTo(WordIds.NONE);    // "x5", a member read by its folded form
    }

    @Test
    void shouldTurnAwayWordsWithDigitsWhenNoMemberHasOne() {
        WordIdSet set = WordIdSet.of(List.of("vingt", "twenty"));
        assertThat(Words.split("2024 x5 twenty")).extracting(set::contains).containsExactly(false, false, true);
    }
}
