package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight whose sentence names one country only as the one speaking (its statistics agency, its leader, the owner of
 * its railway company) and no partner is that country's own count: no second country from the article.
 */
class SpokenCountryFreightTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and its neighbours | Kazakhstan wants more freight from its neighbours. ¶ According to the statistics office of Tajikistan, the country transported 1.3 million tons of goods by rail in January-March. | 1.3 million tons | TJ
            Le fret ferroviaire dans la région | Le Kazakhstan et le Tadjikistan ont signé un accord ferroviaire. ¶ Selon l'agence de la statistique du Tadjikistan, le pays a transporté 1,5 million de tonnes de fret par rail au premier trimestre. | 1,5 million de tonnes | TJ
            Железнодорожные грузы в регионе | Казахстан и Таджикистан подписали железнодорожное соглашение. ¶ По данным агентства по статистике Таджикистана, страна перевезла по железной дороге 1,5 млн тонн грузов в первом квартале. | 1,5 млн тонн | TJ
            """)
    void shouldGiveTheSpeakingCountryItsOwnFreight(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }
}
