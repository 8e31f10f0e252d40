package io.steppewatch.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionTest {

    private static final Gazetteer GAZETTEER = Gazetteer.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's grain exports rose.          | true
            Kazakhstan’s grain exports rose.          | true
            KAZAKHSTAN'S GRAIN EXPORTS ROSE.          | true
            Kazakhstan shipped grain.                 | false
            Grain went to Kazakhstan'                 | false
            Grain went to Kazakhstan                  | false
            The 'Kazakhstan' sign was painted.        | false
            """)
    void shouldTellAnEnglishPossessiveAfterTheName(String text, boolean possessive) {
        Mention kazakhstan = GAZETTEER.find(text).get(0);

        assertThat(kazakhstan.possessiveIn(text)).isEqualTo(possessive);
    }

    @Test
    void shouldCountDistinctCodesOnlyAmongTheMentionsAsked() {
        List<Mention> mentions = GAZETTEER.find("Kazakhstan and Uzbekistan met; Kazakhstan signed.");

        assertThat(Mention.atMostOneCode(mentions, m -> true)).isFalse();
        assertThat(Mention.atMostOneCode(mentions, m -> m.code().equals("KZ"))).isTrue();
        assertThat(Mention.atMostOneCode(mentions, m -> false)).isTrue();
    }
}
