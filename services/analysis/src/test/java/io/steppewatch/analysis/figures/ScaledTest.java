package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ScaledTest {

    private static double decimal(double value, double multiplier) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(multiplier)).doubleValue();
    }

    @Test
    void shouldGiveWhatDecimalArithmeticGivesWhenWholeNumbersAreScaled() {
        double[] multipliers = {1e3, 1e6, 1e9, 1e12, 1e15, 100, 7, 1e18};
        double[] values = {1, 5, 27, 999, 12_345, 4_503_599_627_370_495.0, 9_007_199_254_740_993.0, -42, 0, -0.0,
            123_456_789_012.0};
        for (double multiplier : multipliers) {
            for (double value : values) {
                assertThat(Double.doubleToLongBits(FigureExtractor.scaled(value, multiplier)))
                        .as("%s x %s", value, multiplier)
                        .isEqualTo(Double.doubleToLongBits(decimal(value, multiplier)));
            }
        }
    }

    @Test
    void shouldKeepDecimalArithmeticWhenTheValueHasAFraction() {
        assertThat(FigureExtractor.scaled(16.4, 1e6)).isEqualTo(16_400_000.0);
        assertThat(FigureExtractor.scaled(0.1, 3)).isEqualTo(0.3);
    }
}
