package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A speaker's "our countries" points back at a pair as "the two countries" does (LABEL-FIXES decision 38 of round 37:
 * "the two countries", "between our countries", "bilateral" take the pair the text has named): the figure takes the
 * pair, not the one country its sentence names nor the speaker's alone.
 */
class OurCountriesPairTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan and Georgia hold talks | According to the Georgian side, rail freight between our countries rose by 21% last year. | 21% | GE TM
            Туркменистан и Грузия провели переговоры | По данным грузинской стороны, железнодорожные перевозки между нашими странами выросли на 21%. | 21% | GE TM
            Le Turkménistan et la Géorgie en pourparlers | Selon la partie géorgienne, le fret ferroviaire entre nos pays a augmenté de 21 %. | 21 % | GE TM
            Turkmaniston va Gruziya muzokaralar o‘tkazdi | Gruziya tomoniga ko‘ra, mamlakatlarimiz o‘rtasidagi yuk tashish 21 foizga oshdi. | 21 foizga | GE TM
            """)
    void shouldGiveOurCountriesThePair(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
