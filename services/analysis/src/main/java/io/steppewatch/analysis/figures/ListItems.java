package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * The subjects of a figure that is one item of a list of parties and figures: "Russia (22.6%), China (19.6%)",
 * "trade with Kazakhstan fell 20%, with Uzbekistan 10.3%", "China and Turkey, with $1.7 billion and $961 million
 * respectively". Each figure belongs to the party written next to it, not to every country of its sentence.
 * Immutable and stateless.
 */
final class ListItems {

    private ListItems() {
    }

    private static final Pattern CONJUNCTION = Pattern.compile("(?iU)(^|\\W)(and|et|и|va|ve|while|tandis)(\\W|$)");
    private static final Set<String> RESPECTIVELY = WordSet.of("respectively", "respectivement", "соответственно");

    /**
     * The subjects of a figure that is one item of a list of parties and figures: "Russia (22.6%), China (19.6%)",
     * "trade with Kazakhstan fell 20%, with Uzbekistan 10.3%", "Uzbekistan and Tajikistan ... $260 million and
     * $65 million, respectively". Each figure belongs to its own party (for a ranking or a national metric, that
     * party alone); a bilateral or unnamed metric adds the party the whole list is about (the one of the sentence
     * that is no item, else the headline's). Null when the sentence is no such list.
     */
    static List<String> subjects(Subjects.Kind kind, int start, String text, List<Words.Word> words,
                                 List<Mention> sentence, List<SurfaceFigure> figures, ArticleFrame article) {
        if (figures.size() < 2) {
            return null;
        }
        List<Mention> parties = new ArrayList<>();
        for (Mention m : sentence) {
            if (!Subjects.REGION.equals(m.code()) && m.kind() != PlaceKind.CORRIDOR && m.kind() != PlaceKind.CITY
                    && m.kind() != PlaceKind.LEADER && m.kind() != PlaceKind.INSTITUTION
                    && !Subjects.isSpeaker(m, words) && !Subjects.isRankingReference(m, words)) {
                parties.add(m);
            }
        }
        if (parties.size() < 2) {
            return null;
        }
        String unit = null;
        int self = -1;
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).start() == start) {
                self = i;
                unit = figures.get(i).unit();
            }
        }
        if (self < 0) {
            return null;
        }
        String[] items = respectively(words, figures, parties, unit);
        boolean listed = items != null;
        if (items == null) {
            items = leadIns(figures, parties, text);
        }
        if (items == null) {
            return null;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String code : items) {
            if (code != null) {
                distinct.add(code);
            }
        }
        if (!listed && partyRightAfter(figures, parties, items, distinct, text)) {
            return null;
        }
        String mine = items[self];
        if (mine == null || distinct.size() < 2) {
            return null;
        }
        if (kind == Subjects.Kind.NATIONAL || "rank".equals(figures.get(self).unit())) {
            return List.of(mine);
        }
        // The party the list is about: one the sentence names that is no item (its speaker too: "the statistics
        // agency of Tajikistan shows that trade with Kazakhstan fell 20%, with Uzbekistan 10.3%"), else the headline's.
        // A party named before the first item that comes back as an item makes a relation, not a list ("trade of
        // Uzbekistan with Kyrgyzstan reached $952 million, including exports from Uzbekistan, $791 million").
        String owner = null;
        SurfaceFigure first = figures.get(0);
        Mention firstItem = null;
        for (Mention m : parties) {
            if (m.end() <= first.start() && m.code().equals(items[0])) {
                firstItem = m;
            }
        }
        for (Mention m : sentence) {
            if (Subjects.REGION.equals(m.code()) || m.kind() == PlaceKind.CORRIDOR) {
                continue;
            }
            if (firstItem != null && m.end() <= firstItem.start() && distinct.contains(m.code())
                    && !m.code().equals(items[0])) {
                return null;
            }
            if (owner == null && !distinct.contains(m.code())) {
                owner = m.code();
            }
        }
        List<String> candidates = new ArrayList<>(article.title());
        candidates.addAll(article.ranked());
        // Central Asian countries ranked by their trade with one partner: that partner comes from outside the region
        // ("Kazakhstan ranks first among China's partners ... the Kyrgyz Republic followed with $22.71 billion").
        // The one Central Asian country a headline names stays the owner ("Tajikistan's trade with Central Asian
        // countries decreases ... commerce with Turkmenistan exceeded $40 million").
        boolean regional = Subjects.CENTRAL_ASIA.containsAll(distinct);
        for (int pass = 0; pass < 2 && owner == null; pass++) {
            for (int c = 0; c < candidates.size(); c++) {
                String code = candidates.get(c);
                boolean headline = c == 0 && article.title().size() == 1;
                if (!Subjects.REGION.equals(code) && !distinct.contains(code)
                        && (pass == 1 || !regional || headline || !Subjects.CENTRAL_ASIA.contains(code))) {
                    owner = code;
                    break;
                }
            }
        }
        return owner == null ? null : Subjects.sorted(new LinkedHashSet<>(List.of(mine, owner)));
    }

    /**
     * "A and B ... X and Y, respectively": the last parties named before the first figure, one per figure of the
     * same unit, in order; null when the sentence says no "respectively" or names too few parties.
     */
    private static String[] respectively(List<Words.Word> words, List<SurfaceFigure> figures, List<Mention> parties,
                                         String unit) {
        int from = figures.get(0).start();
        int to = figures.get(figures.size() - 1).end();
        boolean says = false;
        int first = Math.max(0, Subjects.indexAt(words, from) - 8);
        for (int i = first; i < words.size() && words.get(i).start() < to + 40; i++) {
            if (words.get(i).start() >= from - 60 && RESPECTIVELY.contains(words.get(i).folded())) {
                says = true;
                break;
            }
        }
        if (!says) {
            return null;
        }
        List<Integer> same = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).unit().equals(unit)) {
                same.add(i);
            }
        }
        List<String> before = new ArrayList<>();
        for (Mention m : parties) {
            if (m.end() <= figures.get(same.get(0)).start()
                    && (before.isEmpty() || !before.get(before.size() - 1).equals(m.code()))) {
                before.add(m.code());
            }
        }
        if (same.size() < 2 || before.size() < same.size()) {
            return null;
        }
        String[] items = new String[figures.size()];
        List<String> last = before.subList(before.size() - same.size(), before.size());
        for (int k = 0; k < same.size(); k++) {
            items[same.get(k)] = last.get(k);
        }
        return items;
    }

    /**
     * Whether another item's party follows a figure in its own clause ("exported $5 billion to China and $3 billion
     * to Russia"): then the parties come after their figures and the list is not read party-first.
     */
    private static boolean partyRightAfter(List<SurfaceFigure> figures, List<Mention> parties, String[] items,
                                           Set<String> distinct, String text) {
        for (int i = 0; i < figures.size(); i++) {
            int from = figures.get(i).end();
            int to = i + 1 < figures.size() ? figures.get(i + 1).start() : text.length();
            for (int c = from; c < to; c++) {
                char ch = text.charAt(c);
                if (ch == ',' || ch == ';' || ch == ')' || ch == '.') {
                    to = c;
                    break;
                }
            }
            for (Mention m : parties) {
                if (m.start() >= from && m.end() <= to && distinct.contains(m.code()) && !m.code().equals(items[i])
                        && !CONJUNCTION.matcher(text.substring(from, m.start())).find()) {
                    return true; // "... 100th place and Tajikistan 107th place": "and" opens the next item
                }
            }
        }
        return false;
    }

    /**
     * Each figure's own party: the last one named between the figure before it and itself; a figure with none
     * there shares the party of the figure before it ("Uzbekistan ($13.7 billion, 14.5 percent)").
     */
    private static String[] leadIns(List<SurfaceFigure> figures, List<Mention> parties, String text) {
        String[] items = new String[figures.size()];
        int from = Integer.MIN_VALUE;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            // Within the figure's own clause first: "Russia (22.6% of Tajikistan's trade), China (19.6%)".
            int clause = from;
            for (int c = Math.max(0, from); i > 0 && c < figure.start(); c++) {
                char ch = text.charAt(c);
                if (ch == ',' || ch == ';' || ch == ')' || ch == ':' || ch == '–' || ch == '—') {
                    clause = c + 1;
                }
            }
            String code = null;
            String any = null;
            for (Mention m : parties) {
                if (m.start() >= from && m.end() <= figure.start()) {
                    any = m.code();
                    if (m.start() >= clause) {
                        if (i > 0 && code != null && !code.equals(m.code())) {
                            return null; // "supplies of Kazakhstan to China of $2 billion": a relation, not a list item
                        }
                        code = m.code();
                    }
                }
            }
            if (code == null) {
                code = any;
            }
            items[i] = code != null ? code : i > 0 ? items[i - 1] : null;
            from = figure.end();
        }
        return items;
    }
}
