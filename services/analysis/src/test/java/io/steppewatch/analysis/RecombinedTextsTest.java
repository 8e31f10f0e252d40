package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysis reads any text without throwing: texts recombined at random from the pieces news is made of (figures
 * with scale words abbreviated or not, units, dates, country names in five languages, quotes, dashes, line breaks,
 * invisible characters), where a splitter's or a rule's offsets can disagree. A blind test article once stopped the
 * corpus run this way ("12.7 mln. US dollars": the sentence ended inside the figure). Each seed is one reproducible
 * batch of texts; a failure names the text.
 */
class RecombinedTextsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static final List<String> PIECES = List.of(
            // figures and their scale words, with and without a dot
            "12.7", "3,5", "1 200", "45 000", "0.8", "2,1", "1.5-2", "35–48", "½", "100", "7", "2024", "2030", "1990s",
            "mln.", "mln", "bln.", "bn", "mlrd", "thsd.", "million", "billion", "milliards de", "millions d'",
            "млн.", "млн", "млрд.", "тыс.", "трлн", "mlrd.", "ming", "мың",
            // units and currencies
            "US dollars", "USD", "$", "€", "dollars", "долларов", "долл. США", "тенге", "сум", "tonnes", "tons",
            "тонн", "т", "km", "км", "kilometres", "TEU", "containers", "%", "per cent", "процента", "pour cent",
            "bcm", "кубометров", "days", "суток", "times", "раза", "kWh", "MW",
            // dates and periods
            "January", "janvier", "января", "in January-September", "за 9 месяцев", "en 2023", "last year",
            "l'an dernier", "в прошлом году", "this year", "by 2030", "Q1", "first quarter", "2023 жылы",
            "2024-yilda", "since 2017", "as of 13:00", "on 12 March 2025", "2022/23",
            // parties and cue words
            "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Turkmenistan", "China", "Russia", "Iran",
            "Казахстан", "Узбекистана", "Kirghizistan", "Ouzbékistan", "Qazaqstan", "O‘zbekiston", "Ўзбекистон",
            "the two countries", "двух стран", "TITR", "INSTC", "Middle Corridor", "exports", "imports",
            "trade turnover", "товарооборот", "échanges", "cargo", "transit", "sanctions", "санкции", "investment",
            "joint ventures", "border", "checkpoint", "said", "according to", "сообщил", "a déclaré",
            // punctuation, quotes, spacing and invisible characters
            ".", ". ", ", ", "; ", ": ", " - ", " – ", " — ", "(", ")", "«", "»", "\"", "“", "”", "…", "!", "?",
            "\n", "\n\n", " ", "\u00a0", "\u202f", "\u200b", "ʻ", "’", "U.S.", "M.", "Mr.", "et al.", "etc.",
            "ǵ", "ń", "ı", "ў", "қ", "ә", "ё", "é", "😀", "",
            // a period cut by a line break ("этого\nгода": the sentence ends inside it)
            "этого\nгода", "в этом\nгоду", "last\nyear", "the same\nperiod of 2024",
            // a number too long for a double: its scale is infinite, and so is a range's taken from it
            "9".repeat(400), "12,5-13", "for the past", "за последние", "years", "лет");

    private static final int TEXTS_PER_SEED = 150;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void shouldAnalyseRecombinedTextsWithoutThrowing(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < TEXTS_PER_SEED; n++) {
            String title = text(random, 1 + random.nextInt(12));
            String body = text(random, 5 + random.nextInt(120));
            LocalDate published = random.nextBoolean() ? LocalDate.of(2025, 1 + random.nextInt(12), 1) : null;
            assertSound(title, body, published);
        }
    }

    /** Shapes that once threw, each on its own: a title, a body and a publication date or none. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesThatThrew")
    void shouldAnalyseShapesThatOnceThrew(String shape, String title, String body, LocalDate published) {
        assertSound(title, body, published);
    }

    static Stream<Arguments> shapesThatThrew() {
        LocalDate march = LocalDate.of(2025, 3, 1);
        return Stream.of(
                // the second bound of a range beyond a double: its scale was Infinity/Infinity, which BigDecimal
                // could not take
                Arguments.of("range to a 400-digit bound", "", "12,5-13" + "9".repeat(400) + " тоннаға", march),
                // a year ("этого года") cut by a line break: the sentence ends before its expression does
                Arguments.of("year cut by a line break", "", "этого\nгода,4%", march),
                // a count of past years too long for an int ("the past 999…9 years")
                Arguments.of("count of years beyond an int", "", "For the past 99999999999 years, the port has "
                        + "handled over 500,000 TEU a year.", march),
                // a feed's date outside four-digit years: "last year" was year 0, and "-1" no year
                Arguments.of("publication in year 1", "Exports grew 5% last year", "In January-March 2024, exports "
                        + "grew by 5% compared with the same period last year.", LocalDate.of(1, 2, 27)),
                // a year whose last digit is Arabic-Indic: read as a year, it gave the period "202٣"
                Arguments.of("year with an Arabic-Indic digit", "", "Exports reached 5 million tonnes in 202٣.", march),
                Arguments.of("publication in year 1000", "Exports grew 5% last year", "Exports grew by 5% this year.",
                        LocalDate.of(1000, 2, 27)),
                Arguments.of("publication in year 10000", "Exports grew 5% last year", "Exports grew by 5% this year.",
                        LocalDate.of(10000, 2, 27)));
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

    /** The analysis does not throw, and what it gives holds together. */
    private static void assertSound(String title, String body, LocalDate published) {
        Analysis analysis;
        ArticleText article = new ArticleText("t", title, body, published, null);
        // Offsets count in the text the analysis reads: the body without its invisible characters.
        title = article.title();
        body = article.body();
        try {
            analysis = ANALYZER.analyze(article);
        } catch (RuntimeException e) {
            throw new AssertionError("analysis threw on title [" + title + "] body [" + body + "]", e);
        }
        for (ExtractedFigure figure : analysis.figures()) {
            assertThat(Double.isFinite(figure.value())).as("value of %s in [%s]", figure, body).isTrue();
            // A figure of the body is found at its offset; one of the title has none (-1).
            if (figure.offset() < 0) {
                assertThat(title).as("%s in [%s]", figure, title).contains(figure.text());
            } else {
                assertThat(body.startsWith(figure.text(), figure.offset())).as("%s at its offset in [%s]", figure, body)
                        .isTrue();
            }
            // No figure spans two sentences: its sentence holds all of it.
            assertThat(figure.sentence()).as("sentence of %s in [%s]", figure, body).contains(figure.text());
            if (figure.period() != null) {
                assertThat(isIsoPeriod(figure.period())).as("period of %s in [%s]", figure, body).isTrue();
            }
            assertThat(figure.subjects()).as("subjects of %s in [%s]", figure, body)
                    .allMatch(c -> CODE.matcher(c).matches());
        }
        assertThat(analysis.countries()).as("countries of [%s] / [%s]", title, body)
                .allMatch(c -> CODE.matcher(c).matches());
    }

    /** A year, month or day of ISO 8601, or a span of two: "2024", "2024-03", "2024-03-12", "2022-01/2022-11". */
    private static boolean isIsoPeriod(String period) {
        String[] parts = period.split("/", -1);
        if (parts.length > 2) {
            return false;
        }
        for (String part : parts) {
            try {
                switch (part.length()) {
                    case 4 -> Year.parse(part);
                    case 7 -> YearMonth.parse(part);
                    case 10 -> LocalDate.parse(part);
                    default -> {
                        return false;
                    }
                }
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return true;
    }

    /** {@code count} pieces, each followed by a space or not, as pieces of real text run together or apart. */
    private static String text(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(4) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
