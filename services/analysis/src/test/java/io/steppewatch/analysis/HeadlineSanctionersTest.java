package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The party a headline makes the actor of sanctions (the state or bloc imposing, lifting or evading them) is no party
 * of a body figure whose sentence neither names it nor speaks of sanctions (HeadlineSanctioners).
 */
class HeadlineSanctionersTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            EU sanctions on Russian hauliers worry Kazakh carriers | Kazakh officials answered questions on Tuesday. By last December, nearly 3,100 companies were registered for international road haulage. | 3,100 | KZ
            ЕС снял часть санкций с Узбекистана | Решение было принято в понедельник. Тогда, по официальным данным, погибли 173 человека. | 173 | UZ
            Russia circumvents British sanctions through Kyrgyz traders | Kyrgyz customs published new data. Imports of goods to Kyrgyzstan rose by 64 percent in 2022. | 64 percent | KG
            """)
    void shouldLeaveTheSanctioningPartyOutOfFiguresThatAreNotAboutSanctions(String title, String body, String number,
                                                                          String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            EU sanctions on Russian hauliers worry Kazakh carriers | The transport ministry in Astana answered questions on Tuesday. The restrictions are expected to hit nearly 3,100 firms. | 3,100 | EU
            """)
    void shouldKeepTheSanctioningPartyWhereTheSentenceSpeaksOfSanctions(String title, String body, String number,
                                                                         String expected) {
        assertThat(subjectsOf(title, body, number)).contains(expected);
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
