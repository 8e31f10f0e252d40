package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word lists kept once for the two readers that ask them. The blocs with no code of group-totals.tsv are the ones a
 * country's trade "with" leaves that country alone; the ranking words of ranking-words.tsv (ordinals, the next place,
 * the first place) serve both the metric of a lower place and its parties, in every form either reader knew.
 */
class SharedWordListsTest {

    // Trade with a bloc that group-totals.tsv names and the old list of Subjects lacked (the Turkic States)
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Azerbaijan and Kazakhstan | Azerbaijan's trade turnover with the Organization of Turkic States came to $3.9 billion in nine months. | $3.9 billion | AZ
            Azerbaijan and Kazakhstan | Trade with OTS member countries made up 14 percent of Azerbaijan's foreign trade in nine months. | 14 percent | AZ
            Азербайджан и Казахстан | Товарооборот Азербайджана со странами Организации тюркских государств за девять месяцев составил 3,9 млрд долларов. | 3,9 млрд долларов | AZ
            """)
    void shouldLeaveACountryAloneInItsTradeWithTheTurkicStates(String title, String body, String figure,
                                                               String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    // "The next place" in Russian and Kazakh, which only the metric's reader knew, now also gives the parties
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Партнеры Таджикистана | Крупнейшим торговым партнером Таджикистана в этом году остается Китай с 1,2 млрд долларов. На следующем месте Россия с 900 млн долларов. | 900 млн долларов | RU TJ
            Тәжікстанның серіктестері | Биыл Тәжікстанның ең ірі сауда серіктесі Қытай болды, 1,2 млрд доллар. Келесі орында Ресей, 900 млн доллар. | 900 млн доллар | RU TJ
            """)
    void shouldGiveTheNextPlaceTheRankingsOwner(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    // A country named as the owner of what follows ("Tajikistan's largest partner") owns the ranking: it does not
    // hold the first place
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Market news | Tajikistan's largest trade partner this year is China, with $1.2 billion. Russia comes in second place with $900 million. | $900 million | RU TJ
            Бозор янгиликлари | Тожикистоннинг энг йирик савдо ҳамкори бу йил Хитой бўлди, 1,2 миллиард доллар. Иккинчи ўринда Россия, 900 миллион доллар. | 900 миллион доллар | RU TJ
            """)
    void shouldLeaveACountryOwningTheRankingOutOfTheFirstPlace(String title, String body, String figure,
                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    // "The next place" in Kazakh and the fourth place in Uzbek Latin, which only the parties' reader knew, now also
    // carry the leader's metric
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ең ірі серіктес Жапония, тауар айналымы 7,1 млрд долларға жетті. Импорт 5,4 млрд долларды құрады. Кейінгі орында Германия тұр, 3,2 млрд доллар. | 3,2 млрд доллар | trade.turnover
            Eng yirik hamkor Yaponiya bo‘lib, savdo aylanmasi 7,1 milliard dollarni tashkil etdi. Import 5,4 milliard dollarni tashkil etdi. To‘rtinchi o‘rinda Germaniya 3,2 milliard dollar bilan turibdi. | 3,2 milliard dollar | trade.turnover
            """)
    void shouldMeasureAPlaceEitherListNamedAsTheLeaderDoes(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
