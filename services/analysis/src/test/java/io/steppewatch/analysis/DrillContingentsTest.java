package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of a drill whose sentence names no country takes the contingents the sentence before lists, else the
 * bloc the text names there or in the headline; the host the article names elsewhere is no party for being the host
 * (round 23: drills).
 */
class DrillContingentsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The drills involve troops from Armenia, Belarus and Kazakhstan. More than 900 servicemen of the CSTO member states take part in the exercises. | 900 servicemen | AM,BY,KZ
            Dans les manœuvres sont engagés des militaires de Russie, du Kazakhstan et du Tadjikistan. Les exercices mobilisent 900 hommes.                   | 900 hommes      | KZ,RU,TJ
            The CSTO began its exercises in Kyrgyzstan on Monday. The total number of participants in the drills is about 1,200 people.                        | 1,200 people    | CSTO
            Учения ОДКБ стартовали в Кыргызстане в понедельник. Общая численность участников учений составляет около 1200 человек.                             | 1200 человек    | CSTO
            L'OTSC, menée par Moscou, a lancé des manœuvres au Kirghizistan, d'après le ministère kirghize de la Défense. Les exercices, prévus pour cinq jours, réuniront des militaires de tous les États membres de l'OTSC. | cinq jours | CSTO
            """)
    void shouldGiveADrillsCountTheContingentsNamedElseTheBloc(String body, String text, String subjects) {
        assertThat(String.join(",", figure(body, text).subjects().stream().sorted().toList())).isEqualTo(subjects);
    }
}
