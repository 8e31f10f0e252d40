package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers no economy states (hundreds of digits, absurd exponents) are refused, never turned into Infinity. */
class AbsurdFiguresTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @Test
    void shouldRefuseTheAmountWhenItHasFourHundredDigits() {
        String text = "Trade reached $" + "9".repeat(400) + " last year, while exports rose to $5 billion.";
        List<SurfaceFigure> figures = extractor.extract(text, "en");
        assertThat(figures).allSatisfy(f -> assertThat(Double.isFinite(f.value())).isTrue());
        assertThat(figures).extracting(SurfaceFigure::value).containsExactly(5.0e9);
    }

    @Test
    void shouldRefuseTheAmountWhenAScaleWordPushesItPastAnyEconomy() {
        String text = "Trade reached " + "9".repeat(320) + " billion dollars last year.";
        assertThat(extractor.extract(text, "en")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The debt is 10^99999999999 tenge.", "The debt is 10^400 tenge.", "It is 10^30 tonnes."})
    void shouldRefuseTheFigureWhenItsExponentIsBeyondReason(String text) {
        assertThat(extractor.extract(text, "en")).isEmpty();
    }

    @Test
    void shouldKeepALargeButPlausibleAmountWhenACurrencyHasManyUnits() {
        // Uzbekistan's yearly output is about 1.5e15 sum: big numbers in small currencies are real.
        assertThat(extractor.extract("GDP reached 1,450 trillion soums.", "en"))
                .extracting(SurfaceFigure::value).containsExactly(1.45e15);
    }

    @Test
    void shouldKeepTheFigureWhenItsExponentIsReasonable() {
        assertThat(extractor.extract("It is 10^6 tonnes.", "en")).extracting(SurfaceFigure::value)
                .containsExactly(1.0e6);
    }
}
