package io.steppewatch.analysis.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Finds the figures written in a text: money, percentages, counts, tonnes, kilometres, TEU, years, ranks.
 *
 * <p>Works on the characters, not on a tokenizer, because the separators inside numbers are what tells a
 * figure ({@code 7.500 kilomètres}) from a date ({@code 01.12.2024}). Leaves out dates, years, clock
 * times, ages, phone numbers and page furniture (a bare number with nothing counted after it). A currency
 * that a figure leaves implicit ({@code 8,8 milliards d’exportations}) is taken from the nearest currency
 * stated before it, else from the next one stated after it (a headline leaves it to the body). Immutable and
 * thread-safe.
 */
public final class FigureExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(FigureExtractor.class);
    private static final Set<String> POINT_DECIMAL_LANGUAGES = Set.of("en", "zh", "ja", "ko", "he", "th", "ms");
    private static final int IMPLICIT_CURRENCY_REACH = 1500;
    private static final Set<String> SINGULAR_TIME_WORDS = Set.of("year", "month", "week", "day");
    /**
     * Units of the lexicon that the labelling standard does not measure and that carry nothing the other figures need
     * (hectares, quintals, litres, cubic centimetres, areas in square units, cubic feet, ounces; since round 51 power,
     * torque, voltage, temperature, light-years, electronvolts, fuel economy and milligrams per decilitre): their
     * numbers are read so that they count nothing, and dropped.
     */
    static final Set<String> UNREPORTED_MEASURES = Set.of("ha", "q", "l", "cm3", "m2", "cf", "oz", "hp", "torque",
            "V", "temperature", "ly", "eV", "mpg", "mg/dL");
    /** The noun a count of the people living somewhere leaves out ({@link Populations}). */
    private static final String PEOPLE = "people";
    // "point" and "article": the commitments of a signed text ("an 87-point protocol"), a count (gold-l); "page": a
    // document's size ("the 102-page report", a count by the open corpus's labels, NOTES-open-m).
    private static final Set<String> COUNTED_IN_ADJECTIVE = Set.of("strong", "person", "member", "seat", "bed", "man",
            "car", "wagon", "vehicle", "truck", "point", "article", "page");

    private final UnitLexicon units;
    private final NumberWords numberWords;

    public FigureExtractor(UnitLexicon units) {
        this.units = units;
        this.numberWords = NumberWords.shared();
    }

    public static FigureExtractor withDefaults() {
        return new FigureExtractor(UnitLexicon.defaults());
    }

    public static boolean usesDecimalComma(String language) {
        return language == null || !POINT_DECIMAL_LANGUAGES.contains(language);
    }

    /** The figures of a text written in {@code language} (ISO 639-1; null reads numbers the continental way). */
    public List<SurfaceFigure> extract(String text, String language) {
        return extract(text, null, language);
    }

    /** As {@link #extract(String, String)}, reusing the text's words when the caller has split them already. */
    public List<SurfaceFigure> extract(String text, List<Words.Word> words, String language) {
        return extract(text, words, language, null);
    }

    /**
     * As {@link #extract(String, List, String)}, for a text whose implicit sums take {@code impliedCurrency} when it
     * states no currency of its own: a headline ("довести товарооборот до 1 млрд", "trade exceeded 600 million")
     * leaves its currency to the body below it. Null: the text alone decides.
     */
    public List<SurfaceFigure> extract(String text, List<Words.Word> words, String language, String impliedCurrency) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean decimalComma = usesDecimalComma(language);
        boolean english = "en".equals(language);
        List<SurfaceFigure> figures = new ArrayList<>();
        List<NumberScanner.Token> tokens = NumberScanner.scan(text, decimalComma);
        int skipUntil = -1;
        List<int[]> urls = Traps.urls(text);
        ModelDesignations.InText designations = new ModelDesignations.InText();
        for (NumberScanner.Token token : tokens) {
            if (token.start() < skipUntil || token.shape() == NumberScanner.Shape.CHAIN
                    || Traps.inside(urls, token.start())) {
                continue;
            }
            int phoneEnd = Traps.phoneEnd(text, token.start());
            if (phoneEnd > 0) {
                skipUntil = phoneEnd;
                continue;
            }
            if (decimalComma && clockTime(text, token)) {
                continue; // "23 декабря в 23.30": the hour and minutes, which the standard does not count
            }
            int powerEnd = absurdPowerEnd(text, token);
            if (powerEnd > 0) {
                skipUntil = powerEnd;
                continue;
            }
            int designationEnd = -1;
            int start = token.start();
            IntPredicate measuredAt = at -> measuredAfter(text, at) || units.prefixBefore(text, start) != null;
            int designationStart = ModelDesignations.lastGroupStart(text, token, measuredAt);
            if (designationStart > 0) {
                // "up to 22 787 Dreamliners": the count before a model's name, not twenty-two thousand
                designationEnd = designations.endAt(text, designationStart, token.end(), at -> false);
                token = NumberScanner.readBefore(text, token.start(), designationStart, decimalComma);
            } else if (token.integer() && !token.grouped()) {
                int end = designations.endAt(text, start, token.end(), measuredAt);
                if (end > 0) {
                    skipUntil = end; // "Boeing 787", "787-9 Dreamliner", "the first 787 operator": a model's name
                    continue;
                }
            }
            SurfaceFigure figure = figureAt(text, commaDecimal(text, pointGroupedCount(text, token, decimalComma)),
                    Math.max(skipUntil, 0), english);
            if (figure != null && designationEnd > 0) {
                figure = ModelDesignations.countOfModel(text, figure, designationEnd); // "22 787 Dreamliners"
            }
            if (figure != null) {
                figures.add(figure);
                skipUntil = figure.end();
            }
            skipUntil = Math.max(skipUntil, designationEnd);
        }
        figures = Ranges.completed(text, figures, tokens);
        figures = Comparisons.completed(text, figures, tokens);
        figures = ListSiblings.completed(text, figures, tokens);
        figures = SplitAmounts.joined(text, figures, tokens);
        figures = CompoundMeasures.joined(text, figures, tokens);
        figures = Ranges.withoutBoundsOfNoFigure(text, figures, tokens);
        figures.addAll(numberWords.figures(text, words, language, units, figures));
        figures.addAll(Fractions.figures(text, units, figures));
        figures.addAll(Ordinals.approximations(text, figures, units));
        if (english) {
            figures = Odds.completed(text, figures, units); // "1 in 4 users", "six in 10 voters": one share
            figures = PollMargins.completed(text, figures); // "a 4-point lead": percentage points
        }
        figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
        figures = ContainerClasses.without(text, figures);
        figures = Partitives.completed(text, figures);
        List<SurfaceFigure> parts = SubsetCounts.completed(text, figures);
        if (parts != figures) {
            figures = ListSiblings.completed(text, parts, tokens); // "including 17 in X and 23 in Y": the next part
        }
        figures = YearOffsets.withoutOffsets(text, figures);
        figures = PointedBackCounts.withoutPointedBack(text, figures);
        return EquivalentContainers.completed(text,
                resolveImplicitCurrencies(text, countsAmongImplicit(text, figures), impliedCurrency, english));
    }

    /**
     * Where a power such as {@code 10^400} ends when its exponent is beyond reason (it is logged and skipped
     * whole, so the exponent is not read as a figure of its own), else -1.
     */
    private static int absurdPowerEnd(String text, NumberScanner.Token token) {
        int end = token.end();
        if (end + 1 >= text.length() || text.charAt(end) != '^' || !NumberScanner.isAsciiDigit(text.charAt(end + 1))) {
            return -1;
        }
        int exponentEnd = end + 1;
        while (exponentEnd < text.length() && NumberScanner.isAsciiDigit(text.charAt(exponentEnd))) {
            exponentEnd++;
        }
        String exponent = text.substring(end + 1, exponentEnd);
        if (exponent.length() <= 2 && Integer.parseInt(exponent) <= FigureBounds.MAX_EXPONENT) {
            return -1;
        }
        LOG.debug("Figure '{}^{}' at {} refused: exponent beyond reason (over {})", text.substring(token.start(), end),
                exponent.length() > 12 ? exponent.substring(0, 12) + "…" : exponent, token.start(),
                FigureBounds.MAX_EXPONENT);
        return exponentEnd;
    }

    /**
     * Whether the token, in a text that writes decimals with a comma, is a clock time written with a point ("в 23.30",
     * "около 19.30"): no currency before it, no scale word or unit after it.
     */
    private boolean clockTime(String text, NumberScanner.Token token) {
        return Traps.isClockWithPoint(text, token) && units.prefixBefore(text, token.start()) == null
                && units.scaleAt(text, token.end()) == null && units.unitAt(text, token.end()) == null;
    }

    /** The figures an economy can state; each refused one is logged with its text and the reason. */
    private static List<SurfaceFigure> plausible(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> kept = new ArrayList<>(figures.size());
        for (SurfaceFigure figure : figures) {
            String refusal = FigureBounds.refusal(figure.value());
            if (refusal == null) {
                kept.add(figure);
            } else {
                LOG.debug("Figure '{}' at {} refused: {}", abbreviated(figure.text(text)), figure.start(), refusal);
            }
        }
        return kept;
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 30) + "…" + text.substring(text.length() - 20);
    }

    /**
     * The token read again as a whole number when an English text groups thousands with a point, as much of the
     * region's English press does ("5.903 trains", "200.000 TEU"): a count has no fraction, so a point followed by
     * exactly three digits in front of a counted thing (no scale word, no unit of measure other than TEU) groups
     * thousands. Else the token itself.
     */
    private NumberScanner.Token pointGroupedCount(String text, NumberScanner.Token token, boolean decimalComma) {
        if (decimalComma || token.integer() || token.grouped() || token.digits() > 3 || token.value() < 1
                || token.end() - token.start() != token.digits() + 4 || text.charAt(token.start() + token.digits()) != '.'
                || units.prefixBefore(text, token.start()) != null || units.scaleAt(text, token.end()) != null) {
            return token;
        }
        UnitLexicon.Found unit = units.unitAt(text, token.end());
        if (unit != null && !"TEU".equals(UnitLexicon.unit(unit.value()).code())) {
            return token;
        }
        return new NumberScanner.Token(token.start(), token.end(), BigDecimal.valueOf(token.value()).movePointRight(3)
                .doubleValue(), true, token.digits() + 3, true, NumberScanner.Shape.NUMBER);
    }

    /**
     * The token read again with its fraction when a comma that groups no thousands marks the decimals before a scale
     * word or a unit: "12,6 million tonnes" in an English text, which reads a comma as a thousands separator, and,
     * in any language, a stray space after the comma ("73, 5 percent", "$14, 5 billion"). One or two digits after a
     * comma never group thousands; read apart, the fraction would become a figure of its own ("5 percent").
     * Left alone: a whole part longer than three digits ("in 2023, 5 million"), a day after its month ("May 12, 5
     * million"), a number that closes a list ("3, 4, 5 percent") and digits with no unit or scale word after them
     * ("berths 9,10"). Else the token itself.
     */
    private NumberScanner.Token commaDecimal(String text, NumberScanner.Token token) {
        int comma = token.end();
        if (!token.integer() || token.grouped() || token.digits() > 3 || comma >= text.length()
                || text.charAt(comma) != ',') {
            return token;
        }
        int from = comma + 1;
        if (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        int end = from;
        while (end < text.length() && NumberScanner.isAsciiDigit(text.charAt(end))) {
            end++;
        }
        if (end - from < 1 || end - from > 2 || followedByDigitsAfterMark(text, end) || closesList(text, token.start())
                || afterMonth(text, token.start())
                || units.scaleAt(text, end) == null && units.unitAt(text, end) == null) {
            return token;
        }
        double value = Double.parseDouble(text.substring(token.start(), comma) + "." + text.substring(from, end));
        return new NumberScanner.Token(token.start(), end, value, false, token.digits(), false,
                NumberScanner.Shape.NUMBER);
    }

    /** A point or a comma right at {@code at} with a digit after it: the digits go on ("1,25.5", "3, 4,5"). */
    private static boolean followedByDigitsAfterMark(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == '.' || text.charAt(at) == ',')
                && NumberScanner.isAsciiDigit(text.charAt(at + 1));
    }

    /** Whether a comma after digits comes right before {@code start} (a space may follow it): a list of numbers. */
    private static boolean closesList(String text, int start) {
        int at = start;
        if (at > 0 && text.charAt(at - 1) == ' ') {
            at--;
        }
        return at > 1 && text.charAt(at - 1) == ',' && NumberScanner.isAsciiDigit(text.charAt(at - 2));
    }

    /** Whether the word right before {@code start} is a month's name: the number is a day ("May 12, 5 million"). */
    private static boolean afterMonth(String text, int start) {
        String before = TextWalks.spacedWordBefore(text, start);
        return before != null && Months.index(before.toLowerCase(Locale.ROOT)) > 0;
    }

    /**
     * The figure whose number is {@code token}, or null. {@code previousEnd} is where the previous figure
     * ended: a currency word it consumed cannot also be this figure's prefix. {@code english}: the text is English,
     * where a capitalised word right before a count names what the number belongs to ("Da Group 22 was registered").
     */
    private SurfaceFigure figureAt(String text, NumberScanner.Token token, int previousEnd, boolean english) {
        int start = token.start();
        double value = token.value();
        if (Traps.inMonthsAbbreviation(text, start, token.end())) {
            return null; // "in 7M'23", "in 10M2022": the first months of a year, which the periods read
        }
        if (Traps.closesSpanOfYears(text, token) && units.scaleAt(text, token.end()) == null
                && units.unitAt(text, token.end()) == null) {
            return null; // "a programme for 2025-26": the end of a span of years, no count
        }
        // A minus sign counts only when it stands alone before the number: "-5 %", not "Su-27" or "10-15". It joins
        // the figure's text, but the value stays unsigned, as the labelling standard writes values ("fell by 38 %" and
        // "(-38 %)" are both 38): the sign says the figure is a change, which the annotator reads from the text.
        int signStart = start;
        if (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '−')
                && (start == 1 || !Character.isLetterOrDigit(text.charAt(start - 2)))) {
            signStart = start - 1;
        }
        if (token.integer() && !Traps.isYear(token) && Ordinals.afterTop(text, start)
                && units.scaleAt(text, token.end()) == null && units.unitAt(text, token.end()) == null) {
            return new SurfaceFigure(Ordinals.topStart(text, start), token.end(), token.value(), "rank", token.end(), null,
                    false, false); // "in the top 10", "в топ-10": a rank
        }
        int rankSign = token.integer() && !Traps.isYear(token) ? Ordinals.rankSignStart(text, start) : -1;
        if (rankSign >= 0 && units.scaleAt(text, token.end()) == null && units.unitAt(text, token.end()) == null) {
            // "the nation's No. 2 defense contractor", "its place as No. 3": a place in a ranking, not an identifier
            return new SurfaceFigure(rankSign, token.end(), token.value(), "rank", token.end(), null, false, false);
        }
        if (signStart == start && start > 1 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
            return null; // a name or a model: "COVID-19", "Su-27", "MiG-29"
        }
        UnitLexicon.Found prefix = units.prefixBefore(text, signStart);
        if (prefix != null && prefix.start() < previousEnd) {
            prefix = null;
        }
        if (start > 0 && Character.isLetter(text.charAt(start - 1)) && prefix == null) {
            return null; // glued to a word: a model name, a code (A320, COVID19)
        }
        int end = token.end();
        double multiplier = 1;
        if (end + 1 < text.length() && text.charAt(end) == '^' && NumberScanner.isAsciiDigit(text.charAt(end + 1))) {
            int exponentEnd = end + 1;
            while (exponentEnd < text.length() && NumberScanner.isAsciiDigit(text.charAt(exponentEnd))) {
                exponentEnd++;
            }
            String exponent = text.substring(end + 1, exponentEnd);
            value = Math.pow(value, Integer.parseInt(exponent));
            end = exponentEnd;
        }
        String unit = prefix == null ? null : prefix.value();
        boolean glued = end < text.length() && Character.isLetter(text.charAt(end));
        int numberEnd = end;
        if (prefix == null && Traps.isDecade(text, token, end)) {
            return null; // "в конце 80-х", "звёзды 80-х": a decade, no count
        }
        int endingEnd = Traps.numeralEndingEnd(text, end);
        if (endingEnd > 0) {
            end = endingEnd; // "5-ти миллиардов долларов", "4 700-дей кәсіпорын": the number's own case ending
        }
        int hedgeEnd = Traps.trailingHedgeEnd(text, end);
        if (hedgeEnd > 0) {
            end = hedgeEnd; // "в 4 с лишним раза": the unit comes after the hedge
        }

        UnitLexicon.Found scale = units.scaleAt(text, end);
        if (scale == null && prefix != null && glued) {
            scale = units.gluedScaleAt(text, end);
        }
        if (scale == null && prefix == null && glued) {
            // "1.43m tonnes", "10bn cubic metres": a letter glued to the number before a unit of measure is its scale
            UnitLexicon.Found letter = units.gluedScaleAt(text, end);
            UnitLexicon.Found measured = letter == null ? null : units.unitAt(text, skipBlanks(text, letter.end()));
            if (measured != null && measured.start() > letter.end() && !UnitLexicon.unit(measured.value()).isCurrency()) {
                scale = letter;
            }
        }
        if (scale == null && prefix != null && end + 1 < text.length() && text.charAt(end) == ' '
                && UnitLexicon.unit(prefix.value()).isCurrency()) {
            // "$12.7 m", "$3 b": after a currency sign the letter is the sum's scale, as when it is glued; "m" written
            // apart after a number with no currency before it stays metres ("12 m")
            scale = units.gluedScaleAt(text, end + 1);
            if (scale != null && followedByDigit(text, scale.end())) {
                scale = null; // "$1,200 m2": a price per square metre
            }
        }
        if (scale == null && end + 1 < text.length() && text.charAt(end) == '-') {
            // "a $10-billion trade target", "a 40-million population", "50-тысячный рубеж": the scale word written
            // into the adjective multiplies the number as it does written apart; without a currency only a scale
            // spelt out does, not a letter or an abbreviation ("401-K", "7-M")
            UnitLexicon.Found hyphenated = units.scaleAt(text, end + 1);
            if (hyphenated != null && hyphenated.start() == end + 1
                    && (prefix != null || hyphenated.end() - hyphenated.start() > 3)) {
                scale = hyphenated;
            }
        }
        if (scale != null) {
            UnitLexicon.Found longer = units.unitAt(text, end);
            if (longer != null && longer.end() > scale.end()) {
                scale = null; // "12 milles nautiques" is a distance, not twelve thousand of something
            }
        }
        if (scale != null && unit == null && Traps.monthsOfAYear(text, token, scale.start())) {
            return null; // "9M 2024", "6M 2025": the first nine or six months of a year, a period and no figure
        }
        if (scale != null) {
            multiplier = Double.parseDouble(scale.value());
            end = scale.end();
            if (endsSentenceAfter(text, scale) && units.unitAt(text, end) == null) {
                // "reached $38bn. In 2022", "составил 12,7 млн. Министерство ...": the dot ends the sentence, not the
                // figure, and the next sentence's first word is not what the figure counts
                end--;
            }
            int scaleEnding = Traps.scaleEndingEnd(text, end);
            if (scaleEnding > 0) {
                end = scaleEnding; // "5,2 млрд-қа өсті": the case ending hyphenated onto the abbreviated scale word
            }
        }
        if (Traps.tonneKilometresAt(text, end)) {
            return null; // "12 trillion ton-kilometers": freight turnover, which the standard leaves unlabelled
        }
        UnitLexicon.Found suffix = units.unitAt(text, end);
        int adjectiveEnd = suffix == null && scale == null ? Traps.positionAdjectiveEnd(text, end) : -1;
        if (adjectiveEnd > 0) {
            // "les 30 dernières années" is thirty years; "les 11 premiers mois" names the period, it is no figure
            suffix = units.unitAt(text, adjectiveEnd);
            String next = Traps.wordAfter(text, adjectiveEnd);
            if (next != null && SINGULAR_TIME_WORDS.contains(next)) {
                suffix = null; // "262 last year", "5 next month": a number and then when, not a span of 262 years
            } else if (suffix == null && next != null && Traps.isMonthOrTimeWord(next)) {
                return null;
            }
        }
        if (suffix != null && glued && scale == null && "m".equals(suffix.value())) {
            suffix = null; // "20m people" is twenty million; metres are written apart: "20 m"
        }
        if (suffix != null && (followedByDigit(text, suffix.end()) || belongsToNextNumber(text, suffix))) {
            suffix = null; // "3 USD50", "$ 20,000.00 $ 37,305.97": the currency belongs to the number after it
        }
        if (suffix != null && !(unit != null && !UnitLexicon.unit(suffix.value()).isCurrency())) {
            UnitLexicon.Unit found = UnitLexicon.unit(suffix.value());
            if (unit == null || found.code().equals(unit)) {
                unit = found.code();
                multiplier *= found.multiplier();
                end = suffix.end();
                if (scale == null) {
                    UnitLexicon.Found late = units.scaleAt(text, end);
                    if (late != null && !followedByLetter(text, late.end())) {
                        multiplier *= Double.parseDouble(late.value());
                        end = late.end();
                    }
                }
            }
        } else if (glued && scale == null) {
            return Ordinals.rank(text, token, signStart); // "la 28e place" is a rank; "39e" elsewhere, a code
        }
        SurfaceFigure broken = unit == null && scale == null ? brokenCompound(text, end, signStart, value, numberEnd)
                : null;
        if (broken != null) {
            return broken; // "N- kilometer", "(N- mile)", "N-plus kilometers"
        }
        if (end < text.length() && text.charAt(end) == '-' && end + 1 < text.length()
                && Character.isLetter(text.charAt(end + 1)) && unit == null) {
            SurfaceFigure kazakhRank = Ordinals.kazakhRank(text, token, signStart);
            if (kazakhRank != null) {
                return kazakhRank; // "28-орынды иеленді", "69-o‘rinni egalladi": a rank, not a compound adjective
            }
            SurfaceFigure russianPlace = Ordinals.russianPlace(text, token, signStart);
            if (russianPlace != null) {
                return russianPlace; // "занял 28-е место": a rank, not a compound adjective
            }
            UnitLexicon.Found hyphenated = units.unitAt(text, end + 1);
            if (hyphenated != null && hyphenated.end() - hyphenated.start() == 1) {
                // "29-м месте", "в 2017-м": a one-letter ending after a hyphen is an ordinal's case ending, not metres
                return Ordinals.rank(text, token, signStart);
            }
            if (hyphenated != null && "years".equals(UnitLexicon.unit(hyphenated.value()).code()) && Traps.isYear(token)) {
                return null; // "2022-yilda", "2023-жылы": a year with its case ending
            }
            if (hyphenated != null && "years".equals(UnitLexicon.unit(hyphenated.value()).code())
                    && Traps.isAge(text, signStart, hyphenated.end())) {
                return null; // "a 15-year old girl": an age, written with one hyphen of the two
            }
            if (hyphenated != null && !followedByLetter(text, hyphenated.end())
                    && !followedByHyphenWord(text, hyphenated.end(), "old")) {
                // "a 970-kilometer border", "a 17-percent decrease": the unit written into the adjective
                UnitLexicon.Unit found = UnitLexicon.unit(hyphenated.value());
                if (!found.isCurrency() && !found.code().equals("ft") && !UNREPORTED_MEASURES.contains(found.code())) {
                    return new SurfaceFigure(signStart, hyphenated.end(), scaled(value, multiplier * found.multiplier()),
                            found.code(), numberEnd, null, false, false);
                }
            }
            int termEnd = PrisonTerms.termAdjectiveEnd(text, end + 1);
            if (termEnd > 0) {
                // "отбывает 12-летний срок": a prison term, not an age
                return new SurfaceFigure(signStart, termEnd, value, "years", numberEnd, null, false, false);
            }
            String counted = Traps.wordAfter(text, end + 1);
            if (token.integer() && counted != null && COUNTED_IN_ADJECTIVE.contains(counted) && !followedByHyphenWord(text,
                    end + 1 + counted.length(), "old")) {
                // "a 600-person delegation", "a 700-strong force": the count written into the adjective
                return new SurfaceFigure(signStart, end + 1 + counted.length(), value, "count", numberEnd, counted,
                        false, false);
            }
            return null; // a compound adjective: "45-year-old", "20-foot", "3-й"
        }
        int figureStart = prefix != null ? prefix.start() : signStart;
        if (unit != null && UNREPORTED_MEASURES.contains(unit)) {
            return null; // "18 гектаров", "17 quintaux par hectare", "1.9 liters": no figure the standard measures
        }
        if (unit != null) {
            if (unit.equals("years") && (Traps.isYear(token) || Traps.yearByItsWord(text, token, numberEnd)
                    || Traps.isAge(text, figureStart, end)
                    || Traps.isPersonAge(text, figureStart, end) || Traps.isAnniversary(text, numberEnd)
                    || Traps.ageNounInClause(text, figureStart))) {
                // "2025 года", "в 2023 году": a year; "âgé de 45 ans", "Saïdov, 53 ans,", "l'âge moyen ... est de 22
                // ans": an age; "90 yilligi": an anniversary
                return null;
            }
            if (("km".equals(unit) || "mi".equals(unit)) && Traps.perDayAfter(text, end)) {
                return null; // "1,200 kilometers per day": a speed the standard has no unit for
            }
            if (unit.equals("times") && token.integer() && !Multiples.isMultiple(text, figureStart, end)) {
                // "s'est rendu 35 fois": how often something happened, a count (never a fraction: "flour - 3.4
                // times", "1.8 times the present level" multiply)
                return new SurfaceFigure(figureStart, end, value, "count", numberEnd,
                        fold(text.substring(suffix.start(), suffix.end())), false, false);
            }
            if (UnitLexicon.unit(unit).isCurrency() && prefix == null && suffix != null) {
                Cents cents = Cents.after(text, end, units);
                if (cents != null) {
                    value += cents.value() / 100.0;
                    end = cents.end();
                }
            }
            return new SurfaceFigure(figureStart, end, scaled(value, multiplier), unit, numberEnd, null, false, false);
        }
        if (scale == null && (Traps.isYear(token) || Traps.yearByItsWord(text, token, end))) {
            return null; // "2024", "в 1792 году": a year
        }
        if (scale == null && Multiples.afterMultipliedBy(text, figureStart)) {
            return new SurfaceFigure(figureStart, end, value, "times", numberEnd, null, false, false); // "multiplié par 2,5"
        }
        if (Traps.nextToMonthOrTime(text, start, token.end())) {
            return null;
        }
        Noun noun = Noun.after(text, end, scale != null);
        if (noun == null && english && scale == null) {
            noun = countedPastMore(text, end); // "52 more companies", "add 25 more aircraft"
        }
        boolean namedAfter = false;
        if (noun == null) {
            noun = Noun.namedAfter(text, end); // "estime à 1.500 le nombre de migrants"
            namedAfter = noun != null;
        }
        SurfaceFigure rank = noun == null || scale != null ? null : Ordinals.rankInWords(text, token, figureStart, noun);
        if (rank != null) {
            return rank;
        }
        if (scale != null && noun == null && Populations.countedBefore(text, figureStart)) {
            // "a population of 5 million", "a country of over 8 million": the people are left out after the scale
            // word, and the number counts them; no currency of the context is theirs
            return new SurfaceFigure(figureStart, end, scaled(value, multiplier), "count", token.end(), PEOPLE, false,
                    false);
        }
        if (scale != null && noun != null && !noun.money() && !namedAfter && frenchScaleWithoutDe(text, scale)) {
            // "le crédit de 2,3 milliards incombent à", "les 2,3 milliards restants": French counts things after its
            // scale nouns with "de" ("2 milliards d'habitants"); a word right after one is no counted noun, and the
            // sum's currency is the context's
            return new SurfaceFigure(figureStart, end, scaled(value, multiplier), null, token.end(), null, false, true);
        }
        if (scale != null && (noun == null || noun.money())) {
            // "17,3 milliards d’importations", "a atteint 3,5 milliards": the currency is in the context
            return new SurfaceFigure(figureStart, noun == null ? end : noun.end(), scaled(value, multiplier), null,
                    token.end(), noun == null ? null : noun.word(), false, true);
        }
        if (noun != null && !token.integer() && Noun.isMultiplier(noun.word())) {
            return null; // "1,5 fois plus", "в 1,5 раза": a ratio, not a count
        }
        if (noun != null && !noun.money() && scale == null && (Traps.isIdentifier(text, start)
                || english && Traps.afterName(text, start, token.end()) || Traps.leadingZero(text, token))) {
            // "Order No 820 dated 21 September", "№ 5 приказа", "E.O. 14024 authorizes", "01 Project Overview": a
            // number that names, not one that counts
            return null;
        }
        if (noun != null && !noun.money() && scale == null && Traps.ageWordAfter(text, end)) {
            return null; // "48 жасында", "35 yoshli": a person's age
        }
        if (noun != null && !noun.money() && scale == null && noun.word().startsWith("летн")) {
            // "29 летнего хакера", "13-ти летний мальчик": the compound adjective of an age written apart, no count
            return null;
        }
        if (noun != null && !noun.money() && scale == null && value != Math.rint(value)) {
            return null; // "с индексом 0,7999 страна поднялась": a score or an index; a number of things is whole
        }
        if (noun != null && !noun.money()) {
            return new SurfaceFigure(figureStart, noun.end(), scaled(value, multiplier), "count", token.end(), noun.word(),
                    false, false);
        }
        if (noun != null) {
            return new SurfaceFigure(figureStart, noun.end(), scaled(value, multiplier), "count", token.end(), noun.word(),
                    false, false);
        }
        if (english && Traps.afterName(text, start, token.end()) || Traps.leadingZero(text, token)) {
            return null; // "Da Group 22 was registered", "reports Singapore's Splash 247.": part of a name
        }
        return bare(text, token, figureStart, value);
    }

    /**
     * The noun an English count names past "more" ("target 52 more companies", "open 3-4 more checkpoints", "add 25 more
     * aircraft"): "more" says the things come on top of others, and the number still counts them. Not before a unit
     * ("3 more years" is a duration the unit rules read) nor before "than" (a function word, no noun). Else null.
     */
    private Noun countedPastMore(String text, int end) {
        int i = skipBlanks(text, end);
        if (i == end || !text.regionMatches(true, i, "more", 0, 4) || i + 4 >= text.length()
                || !NumberScanner.isSpace(text.charAt(i + 4))) {
            return null;
        }
        int counted = skipBlanks(text, i + 4);
        if (units.unitAt(text, counted) != null || units.scaleAt(text, counted) != null) {
            return null;
        }
        return Noun.after(text, counted, false);
    }

    /**
     * A measure written as a compound adjective whose hyphen stands apart from its unit ("an N- kilometer line", a
     * length in miles in brackets as "(N- mile)": a page broke the word at its hyphen) or carries "plus" ("N-plus
     * kilometers"), as the unbroken "N-kilometer" is read; not years (ages are written so) nor currencies.
     * Else null.
     */
    private SurfaceFigure brokenCompound(String text, int end, int start, double value, int numberEnd) {
        if (end + 2 >= text.length() || text.charAt(end) != '-') {
            return null;
        }
        int after = end + 1;
        if (text.regionMatches(true, after, "plus", 0, 4) && after + 4 < text.length()
                && NumberScanner.isSpace(text.charAt(after + 4))) {
            after += 4;
        }
        if (!NumberScanner.isSpace(text.charAt(after))) {
            return null;
        }
        UnitLexicon.Found unit = units.unitAt(text, after);
        if (unit == null || unit.end() - skipBlanks(text, after) < 3 || followedByLetter(text, unit.end())) {
            return null;
        }
        UnitLexicon.Unit found = UnitLexicon.unit(unit.value());
        if (found.isCurrency() || "years".equals(found.code()) || UNREPORTED_MEASURES.contains(found.code())) {
            return null;
        }
        return new SurfaceFigure(start, unit.end(), scaled(value, found.multiplier()), found.code(), numberEnd, null,
                false, false);
    }

    /** Whether a scale word or a unit follows the number ending at {@code end}: "787 tonnes", "400-1 billion". */
    private boolean measuredAfter(String text, int end) {
        return units.scaleAt(text, end) != null || units.unitAt(text, end) != null;
    }

    /** Whether the scale word ends with a dot that also ends the sentence by the splitter's rules. */
    private static boolean endsSentenceAfter(String text, UnitLexicon.Found scale) {
        return scale.end() > 0 && text.charAt(scale.end() - 1) == '.' && Sentences.endsSentence(text, scale.end() - 1);
    }

    /** A bare integer is kept as a possible count; the annotator drops it unless its sentence counts something. */
    private static SurfaceFigure bare(String text, NumberScanner.Token token, int start, double value) {
        if (token.integer() && text.regionMatches(true, token.end() + 1, "and", 0, 3)
                && AND_A_HALF.matcher(text).region(token.end(), text.length()).lookingAt()) {
            return null; // "6 and a half million tons": the whole number of a fraction, which Fractions reads
        }
        int percentStart = ReversePercent.startBefore(text, start);
        if (percentStart >= 0) {
            return new SurfaceFigure(percentStart, token.end(), value, "percent", token.end(), null, false, false);
        }
        if ((!token.integer() && !Ranges.opensRange(text, token.end()) && !Comparisons.follows(text, start)) || value < 0 || Traps.isFurniture(text, start) || Traps.isIdentifier(text, start)
                || Traps.isAge(text, start, token.end()) || Traps.isFootnoteMark(text, start, token.end())) {
            return null;
        }
        if (VoteTallies.inTally(text, start, token.end())) {
            // "the council voted 8 to 3": the votes cast each way, counted
            return new SurfaceFigure(start, token.end(), value, "count", token.end(), "votes", false, false);
        }
        return new SurfaceFigure(start, token.end(), value, "count", token.end(), null, false, false);
    }

    private static final Pattern AND_A_HALF = Pattern.compile("\\s+and\\s+a\\s+half\\s", Pattern.CASE_INSENSITIVE);

    /** 2^52: below it a double holds every whole number, and Double.toString writes it digit for digit. */
    private static final double EXACT_INTEGER = 4_503_599_627_370_496.0;

    /** Decimal arithmetic, so that 16.4 million is 16400000 and not 16399999.999999998. */
    static double scaled(double value, double multiplier) {
        if (multiplier == 1 || !Double.isFinite(value) || !Double.isFinite(multiplier)) {
            // BigDecimal has no Infinity or NaN (a scale taken from a bound of 10^400 is one); the bounds refuse it later
            return value * multiplier;
        }
        if (value != 0 && value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER && multiplier == Math.rint(multiplier)
                && multiplier > 0 && multiplier < EXACT_INTEGER && Math.abs(value * multiplier) < EXACT_INTEGER) {
            return value * multiplier; // whole numbers whose product a double holds exactly: what BigDecimal gives
        }
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(multiplier)).doubleValue();
    }

    /**
     * A currency sign or code after a number that is itself followed by a number without a currency of its
     * own: "$ 20,000.00 $ 37,305.97" gives the second $ to the second amount, "10 $ 30 $" keeps it with 10.
     */
    private boolean belongsToNextNumber(String text, UnitLexicon.Found suffix) {
        int i = suffix.end();
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        if (i == suffix.end() || i >= text.length() || !NumberScanner.isAsciiDigit(text.charAt(i))) {
            return false;
        }
        int j = i;
        while (j < text.length() && (NumberScanner.isAsciiDigit(text.charAt(j))
                || ((text.charAt(j) == ',' || text.charAt(j) == '.') && followedByDigit(text, j + 1)))) {
            j++;
        }
        boolean centsLike = j - i <= 2 && text.substring(i, j).chars().allMatch(Character::isDigit);
        UnitLexicon.Found asPrefix = units.prefixBefore(text, i);
        if (centsLike || asPrefix == null || asPrefix.start() > suffix.start() + 1) {
            return false; // "15 dollars 50", "17 USD 25": cents of the same amount
        }
        UnitLexicon.Found scale = units.scaleAt(text, j);
        int after = scale == null ? j : scale.end();
        return units.unitAt(text, after) == null;
    }

    private static int skipBlanks(String text, int at) {
        int i = at;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean followedByDigit(String text, int at) {
        return at < text.length() && NumberScanner.isAsciiDigit(text.charAt(at));
    }

    private static boolean followedByHyphenWord(String text, int at, String word) {
        return at + 1 + word.length() <= text.length() && text.charAt(at) == '-'
                && text.regionMatches(true, at + 1, word, 0, word.length());
    }

    /** French scale nouns that take "de" before what they count ("2 milliards de dollars", "3 millions d'habitants"). */
    private static final Set<String> FRENCH_SCALES = Set.of("milliard", "milliards", "millions");

    /** Whether the scale is one of {@link #FRENCH_SCALES} and no "de" or "d'" follows it. */
    private static boolean frenchScaleWithoutDe(String text, UnitLexicon.Found scale) {
        if (!FRENCH_SCALES.contains(fold(text.substring(scale.start(), scale.end())))) {
            return false;
        }
        String next = Traps.wordAfter(text, scale.end());
        return next != null && !"de".equals(next) && !"d".equals(next) && !"du".equals(next) && !"des".equals(next);
    }

    private static boolean followedByLetter(String text, int at) {
        return at < text.length() && Character.isLetter(text.charAt(at));
    }

    /**
     * The plausible figures, where a number scaled by thousands with nothing after it is a count ("16.8 thousand",
     * "1,8 тысячи"): money is not counted in thousands without naming its currency. The scale word stands for the
     * counted noun: a scaled number is a quantity, never a code or page furniture. Done after ranges and split
     * amounts, which complete a bare scaled bound from its neighbour ("from 6 thousand to 10 thousand tons").
     */
    private List<SurfaceFigure> countsAmongImplicit(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> out = new ArrayList<>(figures.size());
        List<SurfaceFigure> kept = plausible(text, figures);
        for (int i = 0; i < kept.size(); i++) {
            SurfaceFigure figure = kept.get(i);
            UnitLexicon.Found scale = figure.implicit() && figure.noun() == null && !figure.spelled()
                    ? units.scaleAt(text, figure.numberEnd()) : null;
            String carried = scale != null && Double.parseDouble(scale.value()) < 1e6
                    ? ElidedUnits.carried(text, kept, i, units) : null;
            if (carried != null) {
                // "428 thousand tons to one and 1,146 thousand to another": the unit is left out, not the noun
                out.add(new SurfaceFigure(figure.start(), figure.end(), figure.value(), carried, figure.numberEnd(),
                        null, false, false));
            } else if (scale != null && Double.parseDouble(scale.value()) < 1e6) {
                out.add(new SurfaceFigure(figure.start(), figure.end(), figure.value(), "count", figure.numberEnd(),
                        fold(text.substring(scale.start(), scale.end())), false, false));
            } else {
                out.add(figure);
            }
        }
        return out;
    }

    /**
     * The unit a bare scaled number that no currency claims repeats from the nearest earlier figure of its sentence
     * with a scale word, when that one has the same scale word and a measured unit ({@link ElidedUnits}): the unit word
     * is left out, not a currency ("12 millions de tonnes, dont 9,8 millions", "from 2 million tonnes to 5 million",
     * "10 млн тонн, а обратно – 6 млн"). Else null.
     */
    private String elidedUnit(String text, List<SurfaceFigure> figures, int index) {
        return ElidedUnits.carried(text, figures, index, units);
    }

    /**
     * Gives each figure whose currency is implicit the nearest currency stated before it, else the next one after it,
     * else {@code impliedCurrency}, else the unit it leaves out ({@link #elidedUnit}), else drops it.
     */
    private List<SurfaceFigure> resolveImplicitCurrencies(String text, List<SurfaceFigure> figures,
                                                          String impliedCurrency, boolean english) {
        List<SurfaceFigure> resolved = new ArrayList<>(figures.size());
        String lastCurrency = null;
        int lastCurrencyAt = -1;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            if (!figure.implicit()) {
                if (figure.isMoney()) {
                    lastCurrency = figure.unit();
                    lastCurrencyAt = figure.start();
                }
                resolved.add(figure);
                continue;
            }
            String currency = null;
            if (lastCurrency != null && figure.start() - lastCurrencyAt <= IMPLICIT_CURRENCY_REACH) {
                currency = lastCurrency;
            } else {
                currency = nextCurrency(text, figures, i);
            }
            if (currency == null) {
                currency = impliedCurrency;
            }
            String elided = currency == null ? elidedUnit(text, figures, i) : null;
            if (currency != null) {
                resolved.add(new SurfaceFigure(figure.start(), figure.end(), figure.value(), currency,
                        figure.numberEnd(), figure.noun(), figure.spelled(), true));
            } else if (elided != null) {
                resolved.add(new SurfaceFigure(figure.start(), figure.end(), figure.value(), elided, figure.numberEnd(),
                        null, false, false));
            } else if (figure.noun() != null && !Noun.isMoneyNoun(figure.noun())) {
                resolved.add(new SurfaceFigure(figure.start(), figure.end(), figure.value(), "count",
                        figure.numberEnd(), figure.noun(), figure.spelled(), false));
            } else if (english && figure.noun() == null && !figure.spelled()) {
                UnitLexicon.Found scale = units.scaleAt(text, figure.numberEnd());
                if (scale != null && Double.parseDouble(scale.value()) >= 1e6 && scaleSpelledOut(text, scale)
                        && !sumWordBefore(text, figure.start())) {
                    // "shipments could surpass 55 million", "out of 1.1 million": no currency anywhere near and no
                    // word of a sum before it, so the scale word stands for the things counted, named before it
                    resolved.add(new SurfaceFigure(figure.start(), figure.end(), figure.value(), "count",
                            figure.numberEnd(), fold(text.substring(scale.start(), scale.end())), false, false));
                }
            }
        }
        return resolved;
    }

    /** How far back in its sentence {@link #sumWordBefore} looks for a word of a sum. */
    private static final int SUM_WORD_REACH = 120;

    /**
     * Whether a word of a sum ("trade", "exports", "budget", "revenue": {@link Noun#isMoneyNoun}) stands earlier in
     * the figure's sentence: "trade exceeded 600 million" is a sum whose currency the text left out, no count.
     */
    private static boolean sumWordBefore(String text, int start) {
        int from = Math.max(0, start - SUM_WORD_REACH);
        for (int k = start - 1; k > from; k--) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1))) {
                from = k + 1;
                break;
            }
        }
        int i = from;
        while (i < start) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < start && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String word = fold(text.substring(i, j));
            if (word.startsWith("trad") || Noun.isMoneyNoun(word)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /**
     * Whether the scale word is written out ("million", "billions") and ends a word: "2004 MN4" names an asteroid, and
     * an abbreviation ("5m", "3 bn") is as often a sum's.
     */
    private static boolean scaleSpelledOut(String text, UnitLexicon.Found scale) {
        return scale.end() - scale.start() >= 7 && !followedByLetter(text, scale.end())
                && (scale.end() >= text.length() || !Character.isDigit(text.charAt(scale.end())));
    }

    /**
     * The currency of the next sum stated in the figure's paragraph, else within the reach after it: a headline
     * ("довести товарооборот до 1 млрд", "trade exceeded 600 million") leaves the currency to the body below it.
     */
    private static String nextCurrency(String text, List<SurfaceFigure> figures, int index) {
        SurfaceFigure figure = figures.get(index);
        int paragraphEnd = text.indexOf('\n', figure.end());
        if (paragraphEnd < 0) {
            paragraphEnd = text.length();
        }
        int reach = Math.max(paragraphEnd, figure.end() + IMPLICIT_CURRENCY_REACH);
        for (int k = index + 1; k < figures.size() && figures.get(k).start() < reach; k++) {
            if (!figures.get(k).implicit() && figures.get(k).isMoney()) {
                return figures.get(k).unit();
            }
        }
        return null;
    }

    static String fold(String word) {
        return Words.fold(word);
    }
}
