package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state or a large city of the United States stands for the country, as a Kazakh oblast or town stands for
 * Kazakhstan: its figures are `US` (the labels' rule for US states, counties and cities), in English, French and
 * Russian; "New Mexico" is a state, not Mexico.
 */
class UnitedStatesPlacesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Polls before the vote | In Ohio, 52 percent of voters back the governor. | 52 percent | US
            A dry summer | Farmers in New Mexico lost 30 percent of their harvest. | 30 percent | US
            Teachers on strike | Some 12,000 teachers marched through Indianapolis, the capital of Indiana. | 12,000 teachers | US
            Un sondage | En Californie, 45 % des électeurs soutiennent le projet. | 45 % | US
            Опрос | В Техасе 45% избирателей поддерживают проект. | 45% | US
            """)
    void shouldGiveTheUnitedStatesToAFigureOfOneOfItsStatesOrCities(String title, String body, String figure,
                                                                   String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
