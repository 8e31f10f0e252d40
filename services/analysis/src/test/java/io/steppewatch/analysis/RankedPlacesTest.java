package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A partner's place below the first in a ranking, with no word of its own before the figure saying what is ranked,
 * measures what the ranking's leader does (the standard: a metric carried over from the sentence that sets it), in
 * English, Russian, French, Uzbek (both scripts) and Kazakh; an event that "took place" is no place in a ranking.
 */
class RankedPlacesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The biggest trade turnover of the country was with Japan, at $7.1 billion. Germany came in second place with $3.2 billion, and it also buys most of the cotton exports. | $3.2 billion | trade.turnover
            The biggest trade turnover of the country was with Japan, at $7.1 billion. Of this, imports were $5.4 billion. Third place went to Turkey ($1.4 billion), followed by Iran ($0.9 billion). | $0.9 billion | trade.turnover
            Japan remains the main market for the country's exports, which reached $5 billion. In second place is Germany with $4 billion, a rise the cotton mills welcome. | $4 billion | trade.exports
            Крупнейшим торговым партнером страны остается Япония, товарооборот с ней составил 7,1 млрд долларов. Из них импорт — 5,4 млрд долларов. На втором месте Германия с 3,2 млрд долларов. | 3,2 млрд долларов | trade.turnover
            Le premier partenaire du pays reste le Japon, avec des échanges commerciaux de 7,1 milliards de dollars. Les importations en représentent 5,4 milliards. L'Allemagne occupe la deuxième place avec 3,2 milliards de dollars. | 3,2 milliards de dollars | trade.turnover
            Энг йирик ҳамкор Япония бўлиб, савдо айланмаси 7,1 миллиард долларни ташкил этди. Кучли учликни Германия 1,4 миллиард доллар (экспорт – 0,4 миллиард, импорт – 1 миллиард) билан якунлади. | 1,4 миллиард доллар | trade.turnover
            Eng yirik hamkor Yaponiya bo‘lib, savdo aylanmasi 7,1 milliard dollarni tashkil etdi. Import 5,4 milliard dollarni tashkil etdi. Keyingi o‘rinda Germaniya 3,2 milliard dollar bilan turibdi. | 3,2 milliard dollar | trade.turnover
            Ең ірі серіктес Жапония, тауар айналымы 7,1 млрд долларға жетті. Импорт 5,4 млрд долларды құрады. Екінші орында Германия тұр, 3,2 млрд доллар. | 3,2 млрд доллар | trade.turnover
            """)
    void shouldMeasureALowerPlaceAsTheRankingsLeaderDoes(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The biggest trade turnover of the country was with Japan, at $7.1 billion. The second round of talks took place in Osaka, where a $3.2 billion loan was discussed. | $3.2 billion | other
            """)
    void shouldLeaveAnEventThatTookPlaceAlone(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
