package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void shouldContainExactlyItsWordsWhenAskedAboutMembersAndOthers() {
        WordSet set = WordSet.of("with", "avec", "с", "со", "соответственно");
        assertThat(set).hasSize(5);
        assertThat(set.contains("avec")).isTrue();
        assertThat(set.contains("с")).isTrue();
        assertThat(set.contains("соответственно")).isTrue();
        assertThat(set.contains("wit")).isFalse();      // a length no member has
        assertThat(set.contains("witH")).isFalse();     // same length, another word
        assertThat(set.contains("")).isFalse();
        assertThat(set.contains(42)).isFalse();
        assertThat(set.contains(null)).isFalse();
    }

    @Test
    void shouldAgreeWithAHashSetWhenManyWordsCollide() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("w" + i);
        }
        words.add("Aa");
        words.add("BB"); // same hash code as "Aa"
        words.add("w7"); // a duplicate is kept once
        WordSet set = WordSet.copyOf(words);
        Set<String> expected = new HashSet<>(words);
        assertThat(set).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
        for (int i = 0; i < 1000; i++) {
            assertThat(set.contains("w" + i)).isEqualTo(expected.contains("w" + i));
        }
        assertThat(set.contains("Aa")).isTrue();
        assertThat(set.contains("BB")).isTrue();
        assertThat(set.contains("C#")).isFalse();
        assertThat(set).isEqualTo(expected);
    }

    @Test
    void shouldRefuseANullWordWhenBuilt() {
        assertThatThrownBy(() -> WordSet.of("a", null)).isInstanceOf(NullPointerException.class);
    }
}
