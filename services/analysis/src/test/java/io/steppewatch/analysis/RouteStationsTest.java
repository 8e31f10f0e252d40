package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A route named by its stations is the route of the countries they lie in (gold-o: "a route's length takes the
 * countries the route links"), whichever spelling of a station the text uses (Serhetabat, Serhetabad, Серхетабад).
 */
class RouteStationsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Almaty-Serhetabad railway route is 2,400 kilometers long.                 | 2,400       | KZ,TM
            Протяженность маршрута Алматы - Серхетабад составляет 2400 километров.        | 2400        | KZ,TM
            Le trajet ferroviaire Almaty-Serhetabad est long de 2 400 kilomètres.         | 2 400       | KZ,TM
            """)
    void shouldGiveARouteTheCountriesOfItsStations(String body, String text, String subjects) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo("route.length");
        assertThat(figure.subjects()).isEqualTo(List.of(subjects.split(",")));
    }
}
