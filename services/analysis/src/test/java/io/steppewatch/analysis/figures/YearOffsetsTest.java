package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 18 of round 34: a number of years that dates an event by its distance from now or from another event, or
 * tells an age, is no figure; one that says how long something lasts, is allowed, or the span a change is counted
 * over stays a {@code years} figure.
 */
class YearOffsetsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The dry port at Khorgos opened 7 years ago.                           |
            en | The two capitals restored flights three years ago.                    |
            en | The pipeline reached Almaty 12 years after the first talks.           |
            en | Traders still queue at the border 3 years later.                      |
            en | Two years into the blockade, exports have not recovered.             |
            en | The port should double its freight in 4 years from now.              |
            en | The quarry was closed 5-7 years ago.                                  |
            fr | Le terminal a été inauguré il y a 6 ans.                              |
            fr | Il y a encore quatre ans, la frontière était fermée.                  |
            fr | La ligne a ouvert 8 ans après la signature de l'accord.               |
            fr | Le barrage doit être terminé dans trois ans.                          |
            fr | Les passeurs, âgés de 19 à 26 ans, ont été interpellés.              |
            ru | Терминал построили 9 лет назад.                                       |
            ru | Через четыре года дорога соединит две столицы.                        |
            uz | Терминал 11 йил аввал очилган.                                        |
            uz | Temir yo'l 3 yil oldin qurilgan.                                      |
            kk | Терминал 6 жыл бұрын салынды.                                         |
            en | The lease runs for 15 years.                                          | 15 years=15 years
            en | Trade doubled over the past 4 years.                                  | 4 years=4 years
            en | The line is to be built within 3 years.                               | 3 years=3 years
            en | After 10 years of closure the crossing reopened.                      | 10 years=10 years
            fr | Après 4 ans de fermeture, le poste a rouvert.                         | 4 ans=4 years
            fr | Depuis 12 ans, les deux pays commercent sans visa.                    | 12 ans=12 years
            ru | За 5 лет товарооборот вырос вдвое.                                    | 5 лет=5 years
            ru | В мае исполнилось 20 лет со дня подписания договора.                 | 20 лет=20 years
            ru | Министру исполнилось 60 лет.                                          |
            kk | Соңғы 7 жылда тауар айналымы екі есе өсті.                            | 7 жылда=7 years
            """)
    void shouldLeaveOutYearsThatDateAnEventAndKeepSpans(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
