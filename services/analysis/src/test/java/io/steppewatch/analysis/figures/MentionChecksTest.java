package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Words;

class MentionChecksTest {

    @Test
    void shouldDecideOnceForEachMentionAndCheckWhenTheSameWordsAreAskedAgain() {
        List<Words.Word> words = Words.split("Kazakhstan exported more than Russia");
        Mention kazakhstan = new Mention("KZ", PlaceKind.COUNTRY, 0, 10);
        Mention russia = new Mention("RU", PlaceKind.COUNTRY, 30, 36);
        AtomicInteger asked = new AtomicInteger();
        for (int pass = 0; pass < 3; pass++) {
            assertThat(MentionChecks.of(MentionChecks.SPEAKER, kazakhstan, words, (m, w) -> {
                asked.incrementAndGet();
                return false;
            })).isFalse();
            assertThat(MentionChecks.of(MentionChecks.RANKING_REFERENCE, russia, words, (m, w) -> {
                asked.incrementAndGet();
                return true;
            })).isTrue();
            assertThat(MentionChecks.of(MentionChecks.SPEAKER, russia, words, (m, w) -> {
                asked.incrementAndGet();
                return true;
            })).isTrue();
        }
        assertThat(asked).hasValue(3);
    }

    @Test
    void shouldDecideAgainWhenAskedAboutOtherWords() {
        Mention russia = new Mention("RU", PlaceKind.COUNTRY, 0, 6);
        assertThat(MentionChecks.of(MentionChecks.SPEAKER, russia, Words.split("Russia said"), (m, w) -> true))
                .isTrue();
        assertThat(MentionChecks.of(MentionChecks.SPEAKER, russia, Words.split("Russia grew"), (m, w) -> false))
                .isFalse();
    }

    @Test
    void shouldTellASpeakerAsBeforeWhenSubjectsAskTwice() {
        List<Words.Word> words = Words.split("Russia's ministry said that trade with China grew");
        Mention russia = new Mention("RU", PlaceKind.COUNTRY, 0, 6);
        boolean first = Subjects.isSpeaker(russia, words);
        assertThat(Subjects.isSpeaker(russia, words)).isEqualTo(first);
        assertThat(Subjects.isSpeaker(new Mention("RU", PlaceKind.COUNTRY, 0, 6), words)).isEqualTo(first);
    }

    @Test
    void shouldKeepEveryAnswerWhenManyMentionsAreAskedAbout() {
        List<Words.Word> words = Words.split("Kazakhstan and Russia and China");
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 500; i++) { // far more than the table first holds: it grows and keeps what it knew
            mentions.add(new Mention("KZ", PlaceKind.COUNTRY, 0, 10));
        }
        AtomicInteger asked = new AtomicInteger();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < mentions.size(); i++) {
                boolean expected = i % 3 == 0;
                assertThat(MentionChecks.of(MentionChecks.WAR_TARGET, mentions.get(i), words, (m, w) -> {
                    asked.incrementAndGet();
                    return expected;
                })).isEqualTo(expected);
            }
        }
        assertThat(asked).hasValue(500);
    }

    @Test
    void shouldKeepBothAnswersWhenADecisionAsksAnotherCheckOfItsMention() {
        List<Words.Word> words = Words.split("on the border with Tajikistan");
        Mention tajikistan = new Mention("TJ", PlaceKind.COUNTRY, 19, 29);
        AtomicInteger asked = new AtomicInteger();
        for (int pass = 0; pass < 2; pass++) {
            assertThat(MentionChecks.of(MentionChecks.ACROSS_BORDER, tajikistan, words, (m, w) -> {
                asked.incrementAndGet();
                return !MentionChecks.of(MentionChecks.SPEAKER, m, w, (inner, innerWords) -> {
                    asked.incrementAndGet();
                    return false;
                });
            })).isTrue();
        }
        assertThat(asked).hasValue(2);
    }
}
