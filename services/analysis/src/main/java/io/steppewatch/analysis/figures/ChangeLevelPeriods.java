package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;

/**
 * A level and the change that qualifies it, told in one clause, are one figure's two sides and share its period (the
 * standard: "a change has the period of the figure it describes"). Two shapes, whatever the language: the change
 * right after the level it qualifies, with no conjunction or new start between ("importing 900,000 tons of
 * wheat, a 14-fold rise on the season before", "2024 жылы 30 млн тоннаны құрап, өткен жылға қарай 12%-ға өсті"), and
 * a level whose change follows at once in parentheses ("Отправлено 150 тыс. контейнеров (+40%)"). When the resolver
 * dated one side and not the other (a base "on the season before" or a sign in parentheses kept the second side from
 * the period), the undated side takes the dated side's period. Not for a number of years, days or kilometres (no
 * flow of a period), nor a period of several whole years (the span "over the past five years" a change runs over is
 * not the level's: the labels keep that level `null`). The two other orders (a change before its level, a level
 * before a change out of parentheses) were measured too and lost holdout figures (round 47, perc47). Runs over an
 * article's annotated figures once they are all known; stateless.
 */
final class ChangeLevelPeriods {

    private ChangeLevelPeriods() {
    }

    /** The longest stretch between a level and its change that still reads as one clause. */
    private static final int CLAUSE_GAP = 40;

    /** Units that measure no flow of a period. */
    private static final Set<String> TIMELESS = Set.of("km", "mi", "nmi", "m", "ft", "years", "days", "hours", "rank",
            "ha");

    /** A conjunction or a word that opens a new member or a range ("and", "but", "from"): the second figure is no
     * side of the first. */
    private static final Pattern NEW_MEMBER = Pattern.compile("(?iU)(?<!\\p{L})(?:and|et|и|va|ва|және|but|mais|но"
            + "|while|whereas|alors|from|с|со|от|de|du|des|dan|дан)(?!\\p{L})");

    /** "(", "(+", "(-": a change in parentheses right after its level. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(\\s*[+\\-\u2212]?\\s*");

    /** A span of several whole years ("2019-01/2023-12"). */
    private static final Pattern WHOLE_YEARS = Pattern.compile("(\\d{4})-01/(\\d{4})-12");

    /** The figures, each undated side of a level and its change given the other side's period. */
    static List<ExtractedFigure> shared(List<ExtractedFigure> figures, String text) {
        List<ExtractedFigure> result = null;
        for (int i = 0; i + 1 < figures.size(); i++) {
            ExtractedFigure level = figures.get(i);
            ExtractedFigure next = figures.get(i + 1);
            // cheap tests first: a level then a change, exactly one of them dated
            if (level.measure() != Measure.AMOUNT || next.measure() != Measure.CHANGE
                    || (level.period() == null) == (next.period() == null)
                    || level.offset() < 0 || next.offset() < 0) {
                continue;
            }
            int end = level.offset() + level.text().length();
            if (end > next.offset() || next.offset() - end > CLAUSE_GAP || next.offset() > text.length()
                    || !level.sentence().equals(next.sentence())) {
                continue;
            }
            String gap = text.substring(end, next.offset());
            ExtractedFigure undated = level.period() == null ? level : next;
            String period = level.period() == null ? next.period() : level.period();
            if (TIMELESS.contains(undated.unit()) || severalWholeYears(period)) {
                continue;
            }
            boolean shares = undated == next ? !NEW_MEMBER.matcher(gap).find()
                    : PARENTHESIS.matcher(gap).matches();
            if (!shares) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(undated == next ? i + 1 : i, undated.withPeriod(period));
        }
        return result == null ? figures : result;
    }

    private static boolean severalWholeYears(String period) {
        if (period.length() != 15) {
            return false;
        }
        var m = WHOLE_YEARS.matcher(period);
        return m.matches() && !m.group(1).equals(m.group(2));
    }
}
