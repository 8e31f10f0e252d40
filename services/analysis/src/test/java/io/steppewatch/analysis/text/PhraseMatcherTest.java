package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static PhraseMatcher<String> matcher() {
        return PhraseMatcher.<String>builder()
                .add("chiffre d'affaires", "turnover")
                .add("chiffre", "figure")
                .add("рубл*", "rouble")
                .add("рубль", "one rouble")
                .add("=UE", "EU")
                .add("trade turn*", "trade")
                .build();
    }

    private static List<String> found(PhraseMatcher<String> matcher, List<Words.Word> words, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : matcher.findAll(words, keys)) {
            out.add(m.value() + "@" + m.first() + "-" + m.last());
        }
        return out;
    }

    @Test
    void shouldFindTheSamePhrasesWhenAskedAgainOrWithNumberedKeys() {
        PhraseMatcher<String> matcher = matcher();
        List<Words.Word> words = Words.split("Le Chiffre d'affaires de l'UE, ue, 3 рублей; рубль; trade turnover");
        List<String> expected = List.of("turnover@1-3", "EU@6-6", "rouble@9-9", "one rouble@10-10", "trade@11-12");
        // the first reading fills the per-word memory, the second reads from it: both must agree
        assertFoundEveryWay(matcher, words, expected);
    }

    /**
     * Asserts that the matcher finds {@code expected} in {@code words} read twice without keys (the second time from
     * its per-word memory), with numbered keys and with plain keys.
     */
    private static void assertFoundEveryWay(PhraseMatcher<String> matcher, List<Words.Word> words,
                                            List<String> expected) {
        assertThat(found(matcher, words, null)).containsExactlyElementsOf(expected);
        assertThat(found(matcher, words, null)).containsExactlyElementsOf(expected);
        String[] keys = new String[words.size()];
        int[] ids = new int[words.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = words.get(i).folded();
            ids[i] = words.get(i).id();
        }
        assertThat(found(matcher, words, new Keys(keys, ids))).containsExactlyElementsOf(expected);
        assertThat(found(matcher, words, List.of(keys))).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldMatchACaseSensitivePhraseOnlyInItsCaseWhenOtherWordsFoldAlike() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("=UE", "EU")
                .add("=ОДКБ", "CSTO")
                .add("union", "union")
                .build();
        List<Words.Word> words = Words.split("UE Ue ue UÉ ОДКБ Одкб одкб Union UNION");
        // twice: the second reading comes from what the first kept at each word's number
        for (int pass = 0; pass < 2; pass++) {
            assertThat(found(matcher, words, null))
                    .containsExactly("EU@0-0", "CSTO@4-4", "union@7-7", "union@8-8");
        }
    }

    @Test
    void shouldMatchACaseSensitivePhraseByItsWordWhenKeysAreStemsThatDifferFromIt() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("=UE", "EU")
                .add("=ОДКБ", "CSTO")
                .add("export", "exports")
                .build();
        // English, French, Russian: the key of each word is a stem no case-sensitive phrase begins with
        List<Words.Word> words = Words.split("Exports to the UE; exportations vers l'UE; экспорт в ОДКБ, одкб");
        String[] keys = new String[words.size()];
        int[] ids = new int[words.size()];
        for (int i = 0; i < keys.length; i++) {
            String folded = words.get(i).folded();
            keys[i] = folded.startsWith("export") ? "export" : folded + "#";
            ids[i] = WordIds.of(keys[i]);
        }
        for (int pass = 0; pass < 2; pass++) {
            assertThat(found(matcher, words, new Keys(keys, ids)))
                    .containsExactly("exports@0-0", "EU@3-3", "exports@4-4", "EU@7-7", "CSTO@10-10");
            assertThat(found(matcher, words, List.of(keys)))
                    .containsExactly("exports@0-0", "EU@3-3", "exports@4-4", "EU@7-7", "CSTO@10-10");
        }
    }

    @Test
    void shouldNumberAWordOnceAndLeaveWordsWithDigitsUnnumbered() {
        List<Words.Word> words = Words.split("trade Trade TRADE exports 2024 x5");
        assertThat(words.get(0).id()).isNotEqualTo(WordIds.NONE)
                .isEqualTo(words.get(1).id()).isEqualTo(words.get(2).id()).isEqualTo(WordIds.of("trade"));
        assertThat(words.get(3).id()).isNotEqualTo(words.get(0).id());
        assertThat(words.get(4).id()).isEqualTo(WordIds.NONE);
        assertThat(words.get(5).id()).isEqualTo(WordIds.NONE);
        assertThat(new Words.Word("x5", "x5", 31, 33)).isEqualTo(words.get(5)); // the short constructor numbers alike
    }

    @Test
    void shouldPickTheLongestPhraseByItsSecondWordWhenAWordBeginsManyPhrases() {
        // "grain" begins enough phrases for its candidates to be grouped by their second word: each group must give what
        // the whole list gives, one-word and prefixed second words included, longest first
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("grain", "grain")
                .add("grain exports", "exports")
                .add("grain exports fell", "fall")
                .add("grain imports", "imports")
                .add("grain harvest", "harvest")
                .add("grain stor*", "storage")
                .add("grain prices rose", "rise")
                .add("grain prices", "prices")
                .add("grain trade", "trade")
                .build();
        List<Words.Word> words = Words.split("grain exports fell; grain exports; grain storage; grain prices "
                + "rose; grain prices; grain silos; grain 2024; grain trade; grain");
        List<String> expected = List.of("fall@0-2", "exports@3-4", "storage@5-6", "rise@7-9", "prices@10-11",
                "grain@12-12", "grain@14-14", "trade@16-17", "grain@18-18");
        assertFoundEveryWay(matcher, words, expected);
    }

    @Test
    void shouldPreferTheLongerPrefixOfTwoOneWordPhrasesOnlyWhenTheBuilderSaysSo() {
        List<Words.Word> words = Words.split("chegarachilar chegarada portlash portda");
        PhraseMatcher<String> longer = PhraseMatcher.<String>builder().longerPrefixWins()
                .add("chegara*", "border").add("port*", "port").add("chegarachi*", "border guard")
                .add("portlash*", "explosion").build();
        PhraseMatcher<String> first = PhraseMatcher.<String>builder()
                .add("chegara*", "border").add("port*", "port").add("chegarachi*", "border guard")
                .add("portlash*", "explosion").build();

        assertThat(found(longer, words, null)).containsExactly("border guard@0-0", "border@1-1", "explosion@2-2",
                "port@3-3");
        assertThat(found(longer, words, Words.split("chegarachilar chegarada portlash portda").stream()
                .map(Words.Word::folded).toList())).containsExactly("border guard@0-0", "border@1-1",
                "explosion@2-2", "port@3-3");
        assertThat(found(first, words, null)).containsExactly("border@0-0", "border@1-1", "port@2-2", "port@3-3");
    }
}
