package io.steppewatch.processor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "29100000000 | USD     | $29.1 billion",
            "6.8         | percent | 6.8 %",
            "120         | count   | 120",
            "1250000     | TEU     | 1.25 million TEU",
            "3.2e12      | KZT     | KZT 3.2 trillion",
            "-4.5        | percent | -4.5 %",
            "7500        | km      | 7,500 km"})
    void shouldWriteValueAndUnitWhenFormattingAFigure(double value, String unit, String expected) {
        assertThat(Format.value(value, unit)).isEqualTo(expected);
    }

    @Test
    void shouldNameMetricsSubjectsAndChangesInWords() {
        assertThat(Format.metric("trade.agrifood_turnover")).isEqualTo("Trade agrifood turnover");
        assertThat(Format.subjects(List.of("KZ", "RU"))).isEqualTo("Kazakhstan – Russia");
        assertThat(Format.subjects(List.of("UZ", "EAEU", "TITR"))).isEqualTo("Uzbekistan – EAEU – Middle Corridor (TITR)");
        assertThat(Format.subjects(List.of())).isEqualTo("(no subject)");
        assertThat(Format.change(4.684)).isEqualTo("+4.68 %");
        assertThat(Format.change(-12.0)).isEqualTo("−12 %");
        assertThat(Format.change(null)).isEmpty();
        assertThat(Format.period(null)).isEqualTo("undated");
    }
}
