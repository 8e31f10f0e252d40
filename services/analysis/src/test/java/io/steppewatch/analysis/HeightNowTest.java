package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A height a structure has now, on its way to more, is of the publication month (gold-o); a length has no period. */
class HeightNowTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The Kambarata dam in Kyrgyzstan currently rises to 60 metres.             | 60 metres    | 2020-05
            The Kambarata dam in Kyrgyzstan rises to 60 metres.                       | 60 metres    | null
            The road in Kyrgyzstan currently stretches for 60 kilometres.             | 60 kilometres | null
            Камбаратинская плотина в Кыргызстане сейчас достигает 60 метров.          | 60 метров    | 2020-05
            Le barrage de Kambarata au Kirghizistan atteint actuellement 60 mètres.   | 60 mètres    | 2020-05
            """)
    void shouldDateAHeightStatedAsNow(String body, String text, String period) {
        assertThat(figure(body, "2020-05-14", text).period()).isEqualTo(period);
    }
}
