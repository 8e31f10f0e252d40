package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no ledger metric whose sentence, paragraph, headline and lead name no country: the article's most
 * mentioned country alone, not the two its mentions rank first; a pair with a country of Central Asia is the relation
 * the article follows and stays. A '/' in a row starts a new paragraph.
 */
class MainCountryOfNoMetricTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A carmaker's quarter | The carmaker reported its results on Tuesday. / Its plants in Germany and Japan ran at full speed, and Germany took most of the orders. / The museum of the brand opened 12 new halls. | 12 new | DE
            Le trimestre d'un constructeur | Le constructeur a publié ses résultats mardi. / Ses usines en Allemagne et au Japon ont tourné à plein, et l'Allemagne a pris la plupart des commandes. / Le musée de la marque a ouvert 12 nouvelles salles. | 12 nouvelles | DE
            Квартал автопроизводителя | Автопроизводитель опубликовал результаты во вторник. / Его заводы в Германии и Японии работали без остановок, а Германия получила большую часть заказов. / Музей марки открыл 12 новых залов. | 12 новых | DE
            """)
    void shouldTakeTheMainCountryAloneWhenNothingNearNamesOne(String title, String body, String figure,
                                                              String subjects) {
        assertThat(subjectsOf(title, body.replace(" / ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Clashes on the border | Fighting broke out again on Monday. / Kyrgyz and Tajik guards exchanged fire, and Kyrgyz villages were shelled. / Some 150 people were evacuated. | 150 people | KG TJ
            """)
    void shouldKeepThePairWhenOneOfItIsACountryOfTheRegion(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" / ", "\n\n"), figure)).isEqualTo(List.of(subjects.split(" ")));
    }
}
