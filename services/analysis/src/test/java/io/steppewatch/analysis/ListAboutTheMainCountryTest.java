package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of parties and figures whose whole is the article's main country, itself one of the items ("the stakes will
 * be: Kyrgyzstan 40%, Kazakhstan 35% and Uzbekistan 25%" in an article about Kyrgyzstan): each item takes its own
 * party and the main country's, the main country's own item that country alone (decision 6 of round 29: an item
 * takes its own party and the whole's), not every country the list names. A list about a country that is no item
 * keeps that country as the whole's; stakes of firms, most of which follow no country of their own, are no list of
 * countries.
 */
class ListAboutTheMainCountryTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan founds a power company | Kyrgyzstan will found a new power company with its neighbours. The stakes will be: Kyrgyzstan 40%, Kazakhstan 35% and Uzbekistan 25%. | 35% | KG KZ
            Kyrgyzstan founds a power company | Kyrgyzstan will found a new power company with its neighbours. The stakes will be: Kyrgyzstan 40%, Kazakhstan 35% and Uzbekistan 25%. | 25% | KG UZ
            Kyrgyzstan founds a power company | Kyrgyzstan will found a new power company with its neighbours. The stakes will be: Kyrgyzstan 40%, Kazakhstan 35% and Uzbekistan 25%. | 40% | KG
            Le Kirghizstan crée une société d'énergie | Le Kirghizstan va créer une société d'énergie avec ses voisins. Les parts seront : le Kirghizstan 40 %, le Kazakhstan 35 % et l'Ouzbékistan 25 %. | 25 % | KG UZ
            Кыргызстан создаст энергокомпанию | Кыргызстан создаст энергокомпанию с соседями. Доли распределятся так: Кыргызстан — 40%, Казахстан — 35%, Узбекистан — 25%. | 35% | KG KZ
            Uzbekistan's foreign partners | Uzbekistan keeps ties with about 190 countries, and its largest partners are China (20 percent), Russia (15 percent) and Kazakhstan (6 percent). | 6 percent | KZ UZ
            Uzbekistan's foreign partners | Uzbekistan keeps ties with about 190 countries, and its largest partners are China (20 percent), Russia (15 percent) and Kazakhstan (6 percent). | 190 countries | UZ
            Kazakhstan builds a power company | Kazakhstan will found a power company. The stakes will be: Kyrgyzstan 40%, Tajikistan 35% and Uzbekistan 25%. | 35% | KZ TJ
            Pipeline shareholders | The shareholders of the pipeline are the Russian firm Alfa (24%), the Kazakh firm Beta (19%), Gamma Company (15%) and Delta Limited (7%). | 15% | KZ RU
            """)
    void shouldGiveAListItemItsOwnPartyAndTheMainCountry(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
