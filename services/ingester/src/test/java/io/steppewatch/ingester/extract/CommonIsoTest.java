package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The formatter-free reading of common ISO dates must read every value exactly as the formatters do. */
class CommonIsoTest {

    private static final List<String> DATES = List.of(
            "2024-03-01", "2024-02-29", "2023-02-29", "2024-04-31", "2024-04-30", "2024-13-01", "2024-00-10",
            "0000-01-01", "1999-12-31", "2024-3-01", "20240301");
    private static final List<String> SEPARATORS = List.of("T", " ", "t", "T ", "");
    private static final List<String> TIMES = List.of(
            "00:00", "23:59", "12:34:56", "23:59:59", "24:00", "24:00:00", "12:60", "12:34:60", "12:34:56.1",
            "12:34:56.123456789", "12:34:56.1234567891", "12:34.5", "7:05", "12:34:56.");
    private static final List<String> ZONES = List.of(
            "", "Z", "z", "+05:00", "-05:00", "+0530", "-0330", "+05", "-00:00", "+00", "+17:59", "+18:00",
            "-18:00", "+19:00", "+05:60", " +05:00", " Z", "+5:00", "GMT");

    @Test
    void shouldReadEveryValueItTakesAsTheFormattersDo() {
        List<String> disagree = new ArrayList<>();
        int taken = 0;
        for (String value : values()) {
            Instant common = DateParser.commonIso(value);
            if (common == null) {
                continue;
            }
            taken++;
            if (!Optional.of(common).equals(DateParser.formatterIso(value))) {
                disagree.add(value + " -> " + common + " vs " + DateParser.formatterIso(value));
            }
        }
        assertThat(disagree).isEmpty();
        assertThat(taken).isGreaterThan(500);
    }

    @Test
    void shouldTakeTheShapesPagesWriteMost() {
        assertThat(DateParser.commonIso("2024-03-01T12:34:56+05:00")).isEqualTo(Instant.parse("2024-03-01T07:34:56Z"));
        assertThat(DateParser.commonIso("2024-03-01T12:34:56.250Z")).isEqualTo(Instant.parse("2024-03-01T12:34:56.250Z"));
        assertThat(DateParser.commonIso("2024-03-01 12:34")).isEqualTo(Instant.parse("2024-03-01T12:34:00Z"));
        assertThat(DateParser.commonIso("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(DateParser.commonIso("2024-03-01T12:34:56-0330")).isEqualTo(Instant.parse("2024-03-01T16:04:56Z"));
    }

    @Test
    void shouldLeaveValuesTheFormattersCorrectToThem() {
        assertThat(DateParser.commonIso("2024-02-30")).isNull();
        assertThat(DateParser.commonIso("2024-03-01T24:00")).isNull();
        assertThat(DateParser.commonIso("2024-03-01T12:00+19:00")).isNull();
        assertThat(DateParser.commonIso("March 1, 2024")).isNull();
        // Whatever they make of it, the public reading is the formatters' one.
        assertThat(DateParser.parse("2024-02-30")).isEqualTo(DateParser.formatterIso("2024-02-30"));
    }

    private static List<String> values() {
        List<String> values = new ArrayList<>();
        for (String date : DATES) {
            values.add(date);
            for (String separator : SEPARATORS) {
                for (String time : TIMES) {
                    for (String zone : ZONES) {
                        values.add(date + separator + time + zone);
                    }
                }
            }
        }
        return values;
    }
}
