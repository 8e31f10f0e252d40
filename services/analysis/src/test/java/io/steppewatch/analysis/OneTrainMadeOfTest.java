package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one train is made of or carries ("the train consists of", "le train, transportant") is its load, `other`. */
class OneTrainMadeOfTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A container train left Xi'an for Tashkent via Kazakhstan. The train consists of 48 forty-foot containers of tiles. | 48 forty-foot | other
            Un train est parti de Chine vers l'Ouzbékistan via le Kazakhstan. Le train, transportant 60 conteneurs, arrivera à Tachkent. | 60 conteneurs | other
            """)
    void shouldReadOneTrainsContainersAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
