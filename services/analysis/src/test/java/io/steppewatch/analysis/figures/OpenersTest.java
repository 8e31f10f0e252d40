package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trying a pattern only where one of its starts stands must find what a scan of every position finds. */
class OpenersTest {

    private static final Pattern LAST_YEAR = Pattern.compile(
            "(?<!\\p{L})(?:last[\\s\\u00A0]+year|a[\\s\\u00A0]+year[\\s\\u00A0]+ago|l['’]an[\\s\\u00A0]+dernier"
                    + "|o['’]?tgan[\\s\\u00A0]+yil|прошлого[\\s\\u00A0]+года)");
    private static final Openers OPENERS = new Openers(LAST_YEAR, "last ", "a ", "l'", "l’", "ot", "o'", "o’",
            "прошлого ");

    /** What {@link Matcher#find()} over the region gives: the spans of the matches in order. */
    private static List<String> found(String text, int from, int to) {
        Matcher m = LAST_YEAR.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        List<String> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }

    private static List<String> opened(String text, int from, int to) {
        List<String> spans = new ArrayList<>();
        OPENERS.matches(text, from, to, m -> spans.add(m.start() + "-" + m.end()));
        return spans;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "exports rose from last year and a year ago",
        "l'an dernier et l’an dernier, pas flast year",
        "o'tgan yil va otgan yil, prices of last\u00A0year",
        "по сравнению с прошлого года и last  year",
        "a a a year ago",
        "no period here at all",
        ""
    })
    void shouldFindTheSameMatchesAsAScanOfEveryPositionWhenTheRegionIsAnyPartOfTheText(String text) {
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertThat(opened(text, from, to)).as("[%d, %d) of %s", from, to, text)
                        .isEqualTo(found(text, from, to));
            }
        }
    }
}
