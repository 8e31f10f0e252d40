package io.steppewatch.analysis.figures;

/**
 * A figure as written, before it is given a meaning: where it is, its value and unit.
 *
 * @param start     char offset of the figure's text (currency sign or number)
 * @param end       char offset just after it (unit, scale word or counted noun included)
 * @param value     the scaled value
 * @param unit      ISO 4217 code, percent, count, t, km, TEU, years or rank
 * @param numberEnd char offset just after the number itself (where the unit words begin)
 * @param noun      the counted noun for a count ("entreprises" in "8 000 entreprises"), folded, or null
 * @param spelled   true when the number is written in words ("deux milliards")
 * @param implicit  true when the currency comes from the context, not from the figure's own words
 */
public record SurfaceFigure(int start, int end, double value, String unit, int numberEnd, String noun,
                            boolean spelled, boolean implicit) {

    public boolean isMoney() {
        return unit.length() == 3 && Character.isUpperCase(unit.charAt(0)) && !unit.equals("TEU");
    }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }
}
