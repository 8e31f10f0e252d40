package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare count shares its noun with the figure it is written against: the first end of a range whose noun stands
 * after the second end, and the next item of a count whose noun is not repeated. Trains, ferries and trucks so counted
 * stay `other` (round 26: vehicles counted are no capacity or container series), however near a word of companies,
 * containers or capacity the bare number stands.
 */
class SharedNounCountsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            With two berths in service, the new terminal can now take in up to 6-9 ferries per day at its container quay.          | 6           | other
            Теміржол компаниялары шекара өткелі арқылы пойыздарды тәулігіне 10-нан 18 пойызға дейін көбейтуге келісті.               | 10          | other
            The Aktau container hub can now handle 19 trains per day, 23 at peak times, and some 150,000 TEU per year.              | 23          | other
            Из них 12 фур с фруктами, 30 — с контейнерами, 85 — порожние.                                                             | 85          | other
            The port operator plans to add 2-3 million tons of cargo to the port's capacity by 2027.                                | 2           | cargo.capacity
            The port handled 40,000 containers last year, 12,000 more than in the previous year.                                    | 12,000      | cargo.containers
            """)
    void shouldCountWhatItsSiblingCounts(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
