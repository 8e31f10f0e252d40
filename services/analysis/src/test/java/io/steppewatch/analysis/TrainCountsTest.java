package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many trains or wagons run, and how much that number changed, is no freight, containers or capacity (decision 56
 * of round 38: counts of wagons, trains and vehicles and their changes are `other`); the containers or tonnes the
 * trains carry keep their metric.
 */
class TrainCountsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The terminal's operator expects the number of organised container trains to rise to 730 or more than 62,000 containers by 2016.        | 730 | other
            За первое полугодие количество контейнерных поездов по маршруту Китай – Казахстан увеличилось на 64%.                | 64%                  | other
            Sur la même période, le terminal de Khorgos a connu une hausse de 35% des voyages de trains de conteneurs Chine-Europe. | 35%                  | other
            By 2027 the number of container trains on the route is to grow to 900, carrying more than 80,000 containers.         | 80,000 containers    | cargo.containers
            The double track raised the line's capacity five times, from 15 to 60 trains a day.                                   | five times           | cargo.capacity
            """)
    void shouldLeaveCountsOfTrainsOutOfTheFreightMetrics(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
