package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 14 of round 33: kilometres the works on a line have reached, or that one more stretch adds, are the
 * progress of the works, {@code other}; a whole line or a country's whole section keeps its {@code route.length}
 * (figures.WorksProgress).
 */
class StretchesOfWorksTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            На узбекском участке железной дороги работы по укладке рельсов выполнены на 21,7 километра.                 | 21,7 километра   | other
            Подрядчик завершил работы по отсыпке насыпи на протяжении 9 километров новой дороги Бишкек-Ош.              | 9 километров     | other
            The builders have finished the work on laying the ballast of the Kazakh railway for 18 km.                  | 18 km            | other
            Some 22 kilometers of the gas pipeline have been welded in Tajikistan, with another 40 kilometers under construction. | 40 kilometers | other
            Some 22 kilometers of the gas pipeline have been welded in Tajikistan, with another 40 kilometers under construction. | 22 kilometers | other
            About 310 kilometers of the new Kazakh railway have already been built.                                     | 310 kilometers   | other
            In 2019, 310 kilometers of the new Kazakh railway were built.                                               | 310 kilometers   | route.length
            Of the total length of the Uzbek road of 80 kilometers, 25 kilometers were completed last year.            | 25 kilometers    | other
            The total length of the gas pipeline is 900 kilometers, of which 120 kilometers within Uzbekistan have been completed. | 120 kilometers | route.length
            About 310 kilometers of new Kazakh railway line were built over the last decade.                            | 310 kilometers   | route.length
            """)
    void shouldReadTheStretchTheWorksReachedAsProgress(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
