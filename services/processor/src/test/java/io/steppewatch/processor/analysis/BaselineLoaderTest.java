package io.steppewatch.processor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.eval.GoldFigure;
import io.steppewatch.analysis.eval.SeedEvaluation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;

/** The bundled seeds' baseline holds their hand labels, whatever the analysis happens to read in them. */
class BaselineLoaderTest {

    private static final Baseline BUNDLED = BaselineLoader.load(null, TextAnalysis.withDefaults());

    @Test
    void shouldHoldEveryLabelledFigureWithItsLabelledPeriod() {
        List<GoldFigure> labels = SeedEvaluation.bundledFigures();

        assertThat(BUNDLED.figureCount()).isGreaterThanOrEqualTo(labels.size());
        for (GoldFigure label : labels) {
            List<KnownFigure> series = BUNDLED.get(FigureLedger.key(label.metric(), label.subjects()));
            assertThat(series).as("series of %s", label.quote())
                    .anySatisfy(known -> {
                        assertThat(known.getValue()).isEqualTo(label.value());
                        assertThat(known.getPeriod()).isEqualTo(label.period());
                        assertThat(known.getUnit()).isEqualTo(label.unit());
                    });
        }
    }

    @Test
    void shouldKeepTheSentenceOfALabelledFigure() {
        List<KnownFigure> series = BUNDLED.get(FigureLedger.key("trade.turnover", List.of("KZ", "RU")));

        assertThat(series).anySatisfy(known -> {
            assertThat(known.getValue()).isEqualTo(2.36e10);
            assertThat(known.getSentence()).contains("23,6 milliards de dollars").doesNotContain("\n");
        });
    }
}
