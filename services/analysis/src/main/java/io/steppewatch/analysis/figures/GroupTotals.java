package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * The subjects of a total of a group taken as a whole (decision 40 of round 36). Trade among a bloc's members, a
 * bloc's or the world's output, reserves or market, a count of a group's members are the group's: the bloc's code
 * where the standard has one ({@code EU}, {@code EAEU}, {@code CSTO}), no subject where it has none (the CIS, the SCO,
 * the Customs Union, the Turkic States, the UN, the world). Never the speaker's country, nor the country the article
 * is about: a sentence that names such a total ("trade between the CIS countries as a whole rose 25%", "рост торговли
 * между странами Таможенного союза составляет 30%", "the world's uranium output is 60,000 tons", "les 164 pays
 * membres") names no country as its party. A country the sentence names as a party keeps its own dealings with the
 * group, its share of it or its rank in it ("Tajikistan's trade with the CIS", "Kazakhstan produces 43% of the world's
 * uranium"): those are left to {@link Subjects}. The words are data ({@code group-totals.tsv}), in the five languages.
 */
final class GroupTotals {

    static final String RESOURCE = "/io/steppewatch/analysis/figures/group-totals.tsv";

    /** What a phrase of the resource says. */
    enum Role {
        GROUP, WORLD, BEFORE, AFTER, MEMBERS, OWNER, PRONOUN, PARTNER, NOT
    }

    private static final PhraseMatcher<Role> PHRASES = load();
    /**
     * Whether the name of a group the standard has no code for starts at word {@code i}: "the CIS", "Таможенного
     * союза", "l'Union douanière", "ШОС", "the Turkic States". {@link Subjects} asks it of a bloc a country trades
     * with, which leaves the country alone.
     */
    static boolean groupNameAt(List<Words.Word> words, int i) {
        PhraseMatcher.Match<Role> match = PHRASES.matchAt(words, i);
        return match != null && match.value() == Role.GROUP;
    }

    /** How many words before a group a word that takes its members together may stand ("between the countries of"). */
    private static final int BEFORE_REACH = 5;
    /** How many words after a group a word that takes it whole may stand ("the CIS countries as a whole"). */
    private static final int AFTER_REACH = 3;
    /** How many words before the figure a word of the world may stand ("the world's annual uranium production is"). */
    private static final int WORLD_BEFORE = 8;
    /** How many words after the figure ("80 percent of world's", "95 % du commerce mondial"). */
    private static final int WORLD_AFTER = 3;
    /** How many words after its number a count of members names them ("193 member countries", "27 EU members"). */
    private static final int MEMBERS_AFTER = 2;
    /** The blocs the standard has a code for. */
    private static final Set<String> CODED = Set.of("EU", "EAEU", "CSTO");

    private GroupTotals() {
    }

    private static PhraseMatcher<Role> load() {
        PhraseMatcher.Builder<Role> builder = PhraseMatcher.builder();
        for (TsvLines.Line line : TsvLines.fromResource(GroupTotals.class, RESOURCE, "group total words")) {
            if (line.columns().size() != 2) {
                throw new IllegalArgumentException(line.source() + ":" + line.number() + ": role and phrase expected");
            }
            builder.add(line.columns().get(1), Role.valueOf(line.columns().get(0).toUpperCase(Locale.ROOT)));
        }
        return builder.build();
    }

    /**
     * The subjects of {@code figure} when its sentence gives it as a group's total: the coded bloc
     * alone, else none; null when the sentence names a country, a region or a corridor as a party, or no such total.
     *
     * @param words    the words of the text
     * @param own      the words of the figure's sentence
     * @param mentions the places the sentence names
     */
    static List<String> subjects(SurfaceFigure figure, List<Words.Word> words, List<Words.Word> own,
                                 List<Mention> mentions) {
        int start = figure.start();
        int end = figure.end();
        String unit = figure.unit();
        Set<String> blocs = new TreeSet<>();
        for (Mention m : mentions) {
            switch (m.kind()) {
                case BLOC -> blocs.add(m.code());
                case COUNTRY, CITY -> {
                    if (!Subjects.isSpeaker(m, words)) {
                        return null; // a country's own dealings with the group, its share or rank: its own
                    }
                }
                case REGION, CORRIDOR -> {
                    return null;
                }
                default -> {
                    // a leader or an institution names who speaks, not whose total it is
                }
            }
        }
        if ("rank".equals(unit)) {
            return null;
        }
        List<PhraseMatcher.Match<Role>> found = PHRASES.findAll(own);
        boolean anyGroup = !blocs.isEmpty();
        for (PhraseMatcher.Match<Role> match : found) {
            if (match.value() == Role.OWNER) {
                return null; // "its share of the world's output", "наш ВВП ... среди стран СНГ": one country's own
            }
            anyGroup |= match.value() == Role.GROUP || match.value() == Role.WORLD || match.value() == Role.MEMBERS;
        }
        if (!anyGroup) {
            return null;
        }
        int figureFirst = Subjects.indexAt(own, start);
        int figureLast = figureFirst;
        while (figureLast + 1 < own.size() && own.get(figureLast + 1).start() < end) {
            figureLast++;
        }
        int numberLast = Subjects.lastWordStartingBefore(own, figure.numberEnd());
        Set<String> coded = codedBlocs(mentions);
        List<String> whole = coded.size() == 1 ? List.copyOf(coded) : List.of();
        for (PhraseMatcher.Match<Role> match : found) {
            if (match.value() == Role.MEMBERS && "count".equals(unit) && match.first() > numberLast
                    && match.first() - numberLast <= MEMBERS_AFTER
                    && !afterPartner(found, figureFirst, PARTNER_REACH + 1)) {
                return whole; // "the 193 member countries of the UN", "27 EU member states"
            }
            if (match.value() == Role.WORLD && !afterPartner(found, match.first(), PARTNER_REACH)
                    && (match.last() < figureFirst && figureFirst - match.last() <= WORLD_BEFORE
                    || "percent".equals(unit) && match.first() > figureLast
                    && match.first() - figureLast <= WORLD_AFTER && !pronounBefore(found, figureFirst))) {
                return List.of(); // "world rail freight grows some 4% a year", "80 % du commerce mondial"
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.BLOC && CODED.contains(m.code())
                    && takenWhole(found, Subjects.indexAt(own, m.start()), Subjects.lastWordStartingBefore(own, m.end()))) {
                return List.of(m.code()); // "mutual settlements of the EAEU states"
            }
        }
        for (PhraseMatcher.Match<Role> match : found) {
            if (match.value() == Role.GROUP && takenWhole(found, match.first(), match.last())) {
                return List.of(); // "between the CIS countries as a whole", "между странами Таможенного союза"
            }
        }
        return null;
    }

    /** How many words before the world a word of a partner may stand ("to the global markets"). */
    private static final int PARTNER_REACH = 2;

    /**
     * Whether what starts at word {@code first} is where goods go or whom one deals with, a word of a partner standing
     * at most {@code reach} words before it: "shipped to the global markets", "talks with more than 50 member countries".
     */
    private static boolean afterPartner(List<PhraseMatcher.Match<Role>> found, int first, int reach) {
        for (PhraseMatcher.Match<Role> match : found) {
            if (match.value() == Role.PARTNER && match.last() < first && first - match.last() <= reach) {
                return true;
            }
        }
        return false;
    }

    /** Whether a pronoun that may stand for one country comes before the figure: "It produces 40% of the world's". */
    private static boolean pronounBefore(List<PhraseMatcher.Match<Role>> found, int figureFirst) {
        for (PhraseMatcher.Match<Role> match : found) {
            if (match.value() == Role.PRONOUN && match.last() < figureFirst) {
                return true;
            }
        }
        return false;
    }

    /** The coded blocs among the mentions. */
    private static Set<String> codedBlocs(List<Mention> mentions) {
        Set<String> codes = new TreeSet<>();
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.BLOC && CODED.contains(m.code())) {
                codes.add(m.code());
            }
        }
        return codes;
    }

    /** Whether a word before the group at words {@code [first, last]} or after it takes its members together. */
    private static boolean takenWhole(List<PhraseMatcher.Match<Role>> found, int first, int last) {
        for (PhraseMatcher.Match<Role> match : found) {
            if (match.value() == Role.BEFORE && match.last() < first && first - match.last() <= BEFORE_REACH
                    || match.value() == Role.AFTER && match.first() > last && match.first() - last <= AFTER_REACH) {
                return true;
            }
        }
        return false;
    }
}
