package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TextWalks#joinsNextClause} reads the stretch in place; it must answer as the lower-case copy " " + stretch +
 * " " it replaced, at the stretch's ends, in any case and with the one char whose lower case is two chars long.
 */
class TextWalksTest {

    @Test
    void shouldFindAConjunctionInsideTheStretch() {
        String text = "Imports came to $2 million and exports reached $3 million.";
        int from = text.indexOf("million") + "million".length();
        assertThat(TextWalks.joinsNextClause(text, from, text.indexOf("exports"))).isTrue();
    }

    @Test
    void shouldTakeTheEndsOfTheStretchAsSpaces() {
        // "and" alone is the whole stretch: the copy padded it with a space on each side
        String text = "xandy";
        assertThat(TextWalks.joinsNextClause(text, 1, 4)).isTrue();
        assertThat(TextWalks.joinsNextClause(text, 0, 4)).isFalse();
        assertThat(TextWalks.joinsNextClause(text, 1, 5)).isFalse();
    }

    @Test
    void shouldReadCapitalsInLowerCase() {
        String text = "the railway carried 5 tonnes WHILE the port handled 7";
        assertThat(TextWalks.joinsNextClause(text, text.indexOf("tonnes"), text.indexOf("port"))).isTrue();
    }

    @Test
    void shouldFindNoConjunctionInsideALongerWord() {
        String text = "cargo handed over at the band of stations";
        assertThat(TextWalks.joinsNextClause(text, 0, text.length())).isFalse();
    }

    @Test
    void shouldFindNothingInAnEmptyStretch() {
        assertThat(TextWalks.joinsNextClause("and", 1, 1)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"grain WHİLE coal", "exports И imports", "a  et  b", "rose, a to reach", " and",
        "and ", "тогда как", "в то время как рост", "alors que la hausse", "tandis que", "sand andes",
        "x\u00A0and\u00A0y", "ΣAND", "İand", "whİle"})
    void shouldAnswerAsTheLowerCaseCopyDid(String text) {
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                String between = " " + text.substring(from, to).toLowerCase(java.util.Locale.ROOT) + " ";
                boolean copied = false;
                for (String conjunction : new String[] {" and ", " while ", " whereas ", " et ", " alors que ",
                    " tandis que ", " и ", " а ", " тогда как ", " в то время как "}) {
                    copied |= between.contains(conjunction);
                }
                assertThat(TextWalks.joinsNextClause(text, from, to)).as("%s [%d, %d)", text, from, to)
                        .isEqualTo(copied);
            }
        }
    }

    @Test
    void shouldFindAStemOnlyWhereItStartsAWord() {
        java.util.List<String> stems = java.util.List.of("учени", "drill");
        assertThat(TextWalks.startsAWord("начались учения у границы", stems)).isTrue();
        assertThat(TextWalks.startsAWord("drills began", stems)).isTrue();
        assertThat(TextWalks.startsAWord("на получение кредита", stems)).isFalse();
        assertThat(TextWalks.startsAWord("получение, затем учения", stems)).isTrue();
        assertThat(TextWalks.startsAWord("", stems)).isFalse();
    }

    @Test
    void shouldFindAPartAnywhereInTheText() {
        java.util.List<String> parts = java.util.List.of("sanction", "liste noire");
        assertThat(TextWalks.containsAny("new antisanctions law", parts)).isTrue();
        assertThat(TextWalks.containsAny("mise sur la liste noire", parts)).isTrue();
        assertThat(TextWalks.containsAny("a list of names", parts)).isFalse();
    }
}
