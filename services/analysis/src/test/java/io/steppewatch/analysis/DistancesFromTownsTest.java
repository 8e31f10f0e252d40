package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The written decisions of bench/corpus/README.md: the distance of a place from a named town ("some 220 kilometers
 * southeast of Dushanbe", "a distance from Anapa") is `other` with that town's country alone, whatever neighbour the
 * sentence names; a distance from a border keeps the border's sides.
 */
class DistancesFromTownsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Guards found two tonnes of hashish at a post on the Afghan frontier, 180 kilometers southeast of Dushanbe. | 180 kilometers | TJ
            The new depot on the road to Afghanistan stands 35 kilometres from Bishkek. | 35 kilometres | KG
            The camp lies some 90 kilometers south of Serhetabad, a busy crossing on the border with Afghanistan. | 90 kilometers | TM
            The crossing with Afghanistan lies 300 miles (483 kilometres) north of Mashhad, near the Turkmen frontier. | 300 miles | IR
            The two railways meet at a crossing on the border with China, which lies 250 miles (402 kilometres) south of Ulaanbaatar. | 250 miles | MN
            Склад на границе с Афганистаном находится в 120 км к юго-западу от Душанбе. | 120 км | TJ
            Le dépôt, proche de la frontière afghane, se trouve à 120 km au sud-ouest de Douchanbé. | 120 km | TJ
            Ауғанстанға апаратын жолдағы қойма Душанбеден 120 шақырым жерде орналасқан. | 120 шақырым | TJ
            Afg'onistonga boradigan yo'ldagi ombor Termizdan 40 km uzoqlikda joylashgan. | 40 km | UZ
            """)
    void shouldGiveADistanceFromATownThatTownsCountry(String body, String text, String subjects) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo("other");
        assertThat(figure.subjects()).isEqualTo(List.of(subjects));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Tajik army holds a training ground 20 km from the Afghan border. | 20 km | AF
            A distance of 1,200 km from Dushanbe to Kabul has to be covered by the trucks. | 1,200 km | AF
            """)
    void shouldKeepTheSidesOfABorderADistanceIsMeasuredFrom(String body, String text, String subject) {
        assertThat(figure(body, text).subjects()).contains(subject);
    }
}
