package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordStemsTest {

    @Test
    void shouldAnswerAsStartsWithAnyWhenAskedAgainAndWithUnnumberedWords() {
        List<String> stems = List.of("export", "торгов", "x5");
        WordStems wordStems = WordStems.of(stems);
        List<Words.Word> words = Words.split("Exports ТОРГОВЛЯ trade x5a x6 export exporter торговля");
        List<Boolean> expected = words.stream().map(w -> Words.startsWithAny(w.folded(), stems)).toList();
        assertThat(expected).containsExactly(true, true, false, true, false, true, true, true);
        // the first reading decides each numbered word, the second reads the table: both answer alike
        assertThat(words).extracting(wordStems::startsAny).isEqualTo(expected);
        assertThat(words).extracting(wordStems::startsAny).isEqualTo(expected);
        assertThat(words.get(3).id()).isEqualTo(WordIds.NONE); // "x5a": compared by its folded form
    }

    @Test
    void shouldKeepAnswersApartWhenTwoStemListsReadTheSameWords() {
        WordStems trade = WordStems.of(List.of("trade"));
        WordStems route = WordStems.of(List.of("rout"));
        List<Words.Word> words = Words.split("trade route");
        assertThat(words).extracting(trade::startsAny).containsExactly(true, false);
        assertThat(words).extracting(route::startsAny).containsExactly(false, true);
    }
}
