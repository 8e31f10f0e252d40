package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A volume that "is to be" / "are to be" / "doit être" / "doivent être" moved is planned, a goal (gold-n: "yearly gas
 * planned from a field for China is `trade.exports` `target`").
 */
class PassivePlanTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Every year, 25 billion cubic metres of gas from the Galkynysh field are to be supplied to China. | 25 billion cubic metres
            Ежегодно в Китай должны поставляться 25 млрд кубометров газа с месторождения Галкыныш. | 25 млрд кубометров
            Chaque année, 25 milliards de mètres cubes de gaz du gisement de Galkynych doivent être livrés à la Chine. | 25 milliards de mètres cubes
            """)
    void shouldReadAVolumeToBeMovedAsATarget(String body, String text) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2025, 6, 15), null),
                text);
        assertThat(found.measure()).isEqualTo(Measure.TARGET);
    }
}
