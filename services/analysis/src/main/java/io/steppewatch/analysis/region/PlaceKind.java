package io.steppewatch.analysis.region;

import java.util.Locale;

/** What a gazetteer name stands for; sets how much a mention weighs in region scoring. */
public enum PlaceKind {
    COUNTRY(1.0),
    CITY(0.8),
    LEADER(1.0),
    INSTITUTION(0.7),
    REGION(1.0),
    BLOC(1.0),
    CORRIDOR(1.0);

    private final double weight;

    PlaceKind(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    static PlaceKind parse(String text) {
        return PlaceKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
