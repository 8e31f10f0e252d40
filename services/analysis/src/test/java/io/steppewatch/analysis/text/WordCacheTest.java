package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordCacheTest {

    @Test
    void shouldReadEveryWordAsAfreshWhenTheTextIsSplitAgain() {
        String text = "Ouzbékistan, OUZBEKISTAN et ouzbekistan: экспорт Экспорт 2025 Aa BB Aa";
        List<Words.Word> first = Words.split(text);
        List<Words.Word> again = Words.split(text + " " + text);
        assertThat(again.subList(0, first.size())).isEqualTo(first);
        for (int i = 0; i < first.size(); i++) {
            Words.Word word = again.get(first.size() + i);
            assertThat(word.raw()).isEqualTo(first.get(i).raw());
            assertThat(word.folded()).isEqualTo(Words.fold(word.raw()));
            assertThat(word.id()).isEqualTo(first.get(i).id());
            assertThat(word.start()).isEqualTo(first.get(i).start() + text.length() + 1);
        }
    }

    @Test
    void shouldKeepWordsApartWhenTheirHashesCollide() {
        WordCache cache = WordCache.forThisThread();
        Words.split("Aa BB"); // same hash code, other chars
        assertThat(cache.raw(cache.find("BB".toCharArray(), 0, 2, "BB".hashCode()))).isEqualTo("BB");
        assertThat(cache.raw(cache.find("Aa".toCharArray(), 0, 2, "Aa".hashCode()))).isEqualTo("Aa");
        assertThat(cache.find("Ab".toCharArray(), 0, 2, "Ab".hashCode())).isNegative();
        assertThat(Words.split("BB Aa")).extracting(Words.Word::raw).containsExactly("BB", "Aa");
    }

    @Test
    void shouldStillReadWordsWhenLongWordsFillTheRoomForTheirChars() {
        // 3,000 words of 60 letters each: more chars than the cache keeps, long before it holds too many words.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append("a".repeat(56)).append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i / 676 % 26)).append('z').append(' ');
        }
        List<Words.Word> first = Words.split(text);
        List<Words.Word> again = Words.split(text.toString());
        assertThat(again).isEqualTo(first);
        assertThat(again).hasSize(3_000);
        assertThat(again.get(2_999).raw()).isEqualTo(text.substring(2_999 * 61, 2_999 * 61 + 60));
    }

    @Test
    void shouldStillReadWordsWhenMoreWordsThanItKeepsWereSeen() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append("mot").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i / 676 % 26)).append((char) ('a' + i / 17_576)).append(' ');
        }
        List<Words.Word> first = Words.split(text);
        List<Words.Word> again = Words.split(text.toString());
        assertThat(again).isEqualTo(first);
        assertThat(again.get(39_999).raw()).isEqualTo("mot" + (char) ('a' + 39_999 % 26)
                + (char) ('a' + 39_999 / 26 % 26) + (char) ('a' + 39_999 / 676 % 26) + (char) ('a' + 39_999 / 17_576));
    }
}
