package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The two countries" in every language the analysis reads, and which pair it means when its sentence names none: the
 * pair the paragraph has just named, else one partner and the country whose statistics the article cites, else the
 * headline's two.
 */
class TwoCountriesSubjectsTest {

    /** The pair is named a paragraph before (a '/' in a row starts a new paragraph), the headline names one of it. */
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Узбекистан | Узбекистан и Таджикистан подписали соглашение о перевозках. / Число рейсов между двумя странами выросло на 35%. | 35% | TJ UZ
            Узбекистан | Узбекистан и Таджикистан подписали соглашение о перевозках. / Обеими странами открыто 12 новых пунктов пропуска. | 12 новых | TJ UZ
            O‘zbekiston | Qozog‘iston va O‘zbekiston vazirlari Toshkentda uchrashdi. / Ikki mamlakat o‘rtasida avtobus qatnovi 14%ga oshdi. | 14% | KZ UZ
            Ўзбекистон | Қозоғистон ва Ўзбекистон вазирлари Тошкентда учрашди. / Икки давлат ўртасидаги автобус қатнови 14 фоизга ошди. | 14 фоизга | KZ UZ
            """)
    void shouldGiveThePairWhenTheSentenceSpeaksOfTheTwoCountriesInAnyLanguage(String title, String body,
                                                                              String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" / ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China and Tajikistan sign deals | Tajik-Russian ties grew this spring. Flights between the two countries rose by 9.3%. | 9.3% | RU TJ
            La Chine et le Tadjikistan signent des accords | Les liens tadjiko-russes se sont renforcés. Les vols entre les deux pays ont augmenté de 9,3 %. | 9,3 % | RU TJ
            """)
    void shouldTakeTheParagraphsPairOverTheHeadlinesWhenTheSentenceNamesNeither(String title, String body,
                                                                                String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    /** One partner named in the paragraph, the other the country whose statistics office the article cites. */
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Uzbekistan | The Statistics Agency of Uzbekistan published its monthly figures. / China leads the list of partners. Freight between the two countries rose by 22.1%. | 22.1% | CN UZ
            """)
    void shouldTakeTheStatisticsCountryAsTheOtherOfThePairWhenTheParagraphNamesOne(String title, String body,
                                                                                   String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" / ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
