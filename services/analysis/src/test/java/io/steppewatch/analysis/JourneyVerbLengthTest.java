package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb of covering a distance (cover, travel, parcourir, traverser, преодолеть, проехать, жол жүру, yo'l bosib
 * o'tish) gives the length of a train's, truck's or shipment's journey, route.length, as a journey noun does
 * (round 46: gold-q, gold-ze, gold-zr label such kilometres route.length); the verb's sentence or the one before
 * names what travels (a train, truck, convoy, shipment), and without one the kilometres stay other.
 */
class JourneyVerbLengthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The first block train left Almaty on Monday and will be covering 3,300 kilometers before it reaches Mersin. | 3,300 kilometers | route.length
            Two lorries from Samarkand travelled 2,150 km before unloading in Gwadar.                                  | 2,150 km         | route.length
            Le convoi devra parcourir près de 1 900 km avant d'atteindre le port de Poti.                              | 1 900 km         | route.length
            Les camions sont partis de Termez, traversant 1 400 km de montagnes jusqu'à Peshawar.                    | 1 400 km         | route.length
            Водители проехали 1 750 км от Ташкента до пакистанского порта.                                           | 1 750 км         | route.length
            Контейнеры преодолели 6 100 км за двенадцать дней.                                                       | 6 100 км         | route.length
            Пойыз 4300 шақырым жол жүріп, Алматыға апта ішінде жетеді.                                               | 4300 шақырым     | route.length
            Ақтаудан жүк пойызы аттанды. Ол 3900 шақырым жол жүріп, он күнде Сиань қаласына жетеді.               | 3900 шақырым     | route.length
            The irrigation scheme covered 240 km across three northern provinces last year.                          | 240 km           | other
            """)
    void shouldReadTheDistanceAJourneyCoversAsRouteLength(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
