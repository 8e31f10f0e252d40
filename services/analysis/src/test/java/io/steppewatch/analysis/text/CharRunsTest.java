package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CharRunsTest {

    private static List<String> letterRuns(String text) {
        CharRuns runs = CharRuns.of(text);
        List<String> found = new ArrayList<>();
        for (int k = 0; k < runs.letterRuns(); k++) {
            found.add(text.substring(runs.letterStart(k), runs.letterEnd(k)));
        }
        return found;
    }

    private static List<String> digitRuns(String text) {
        CharRuns runs = CharRuns.of(text);
        List<String> found = new ArrayList<>();
        for (int k = 0; k < runs.digitRuns(); k++) {
            found.add(text.substring(runs.digitStart(k), runs.digitEnd(k)));
        }
        return found;
    }

    @Test
    void shouldGiveEachRunOfLettersAndOfDigitsWhole() {
        String text = "за 9 месяцев 2024-го, l'annee 2023/24: q3 2025 et 1er mai; ٢٠٢٤ 中国";
        assertThat(letterRuns(text)).containsExactly("за", "месяцев", "го", "l", "annee", "q", "et", "er", "mai",
                "中国");
        assertThat(digitRuns(text)).containsExactly("9", "2024", "2023", "24", "3", "2025", "1", "٢٠٢٤");
    }

    @Test
    void shouldGiveTheRunsOfTheTextAskedAboutWhenTextsAlternate() {
        assertThat(letterRuns("this year")).containsExactly("this", "year");
        assertThat(digitRuns("2024 and 2025")).containsExactly("2024", "2025");
        assertThat(letterRuns("this year")).containsExactly("this", "year");
        assertThat(letterRuns("")).isEmpty();
        assertThat(digitRuns("no digits")).isEmpty();
    }

    @Test
    void shouldKeepEveryRunWhenATextHasMoreRunsThanAtFirst() {
        String text = "a1 ".repeat(5_000);
        assertThat(letterRuns(text)).hasSize(5_000);
        assertThat(digitRuns(text)).hasSize(5_000).allMatch("1"::equals);
    }
}
