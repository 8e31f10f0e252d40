package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One country's trade "with other countries" is its trade with the world: that country alone, whatever partner the
 * article is about (LABEL-FIXES decision 63 of round 39, decision 6 before it).
 */
class WorldTradeOtherCountriesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan and Turkey widen trade | Over eight months the trade of Kyrgyzstan with other countries came to 9.4 billion dollars. | 9.4 billion dollars | KG
            Le Kirghizistan et la Turquie élargissent leur commerce | En huit mois, le commerce du Kirghizistan avec d’autres pays a atteint 9,4 milliards de dollars. | 9,4 milliards de dollars | KG
            Киргизия и Турция расширяют торговлю | За восемь месяцев торговля Киргизии с другими странами составила 9,4 млрд долларов. | 9,4 млрд долларов | KG
            """)
    void shouldGiveTradeWithOtherCountriesToTheOneCountry(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Торговля в союзе | За полгода объем взаимной торговли Киргизии с другими странами-участницами Евразийского экономического союза составил 1,2 млрд долларов. | 1,2 млрд долларов | EAEU KG
            """)
    void shouldLeaveABlocsOtherMembersToTheBloc(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
