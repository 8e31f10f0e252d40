package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Chinese station of the Dostyk crossing in its Kazakh spelling ("Алашаңқай"): freight through the crossing names
 * both sides. Round 46, subj46.
 */
class KazakhCrossingSpellingTest {

    @Test
    void shouldReadTheKazakhSpellingOfAlashankou() {
        String body = "Теміржол\n\nТоғыз айда Достық-Алашаңқай шекара өткелі арқылы 11,2 млн тонна жүк "
                + "тасымалданды.";
        assertThat(subjectsOf("Шекарадағы жүк тасымалы өсті", body, "11,2 млн тонна"))
                .containsExactlyInAnyOrder("CN", "KZ");
    }
}
