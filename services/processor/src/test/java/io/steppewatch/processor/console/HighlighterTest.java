package io.steppewatch.processor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Marks rendered as [figure:...] and {term:...}; one row per case. */
class HighlighterTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Turnover reached $29.1 billion in 2025.", List.of(new Highlighter.Place(16, "$29.1 billion")),
                        List.of(), "Turnover reached [figure:$29.1 billion] in 2025."),
                Arguments.of("Offset unknown: 120 items, then 120 more.", List.of(new Highlighter.Place(-1, "120 items")),
                        List.of(), "Offset unknown: [figure:120 items], then 120 more."),
                Arguments.of("A wrong offset falls back to the first match: 6.8 %.", List.of(new Highlighter.Place(3, "6.8 %")),
                        List.of(), "A wrong offset falls back to the first match: [figure:6.8 %]."),
                Arguments.of("New Sanctions and sanctioned banks; no unsanctioned.", List.of(), List.of("sanction"),
                        "New {term:Sanctions} and {term:sanctioned} banks; no unsanctioned."),
                Arguments.of("Trade turnover of $5 billion", List.of(new Highlighter.Place(18, "$5 billion")),
                        List.of("trade turnover", "turnover"), "{term:Trade turnover} of [figure:$5 billion]"),
                Arguments.of("Exports 5 million tonnes", List.of(new Highlighter.Place(8, "5 million tonnes")), List.of("tonnes"),
                        "Exports [figure:5 million tonnes]"),
                Arguments.of("No figure here.", List.of(new Highlighter.Place(-1, "$1")), List.of("(", "."), "No figure here."),
                Arguments.of("", List.of(), List.of("trade"), ""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shouldMarkFiguresAndTermsWhenTheyOccurInTheText(String text, List<Highlighter.Place> figures, List<String> terms,
            String expected) {
        String marked = Highlighter.segments(text, figures, terms).stream()
                .map(s -> s.mark() == null ? s.text() : "figure".equals(s.mark()) ? "[figure:" + s.text() + "]" : "{term:" + s.text() + "}")
                .collect(Collectors.joining());
        assertThat(marked).isEqualTo(expected);
    }
}
