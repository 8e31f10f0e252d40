package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordIdSet;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.WordStems;
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
    private static final WordIdSet RESPECTIVELY = WordIdSet.of(
            List.of("respectively", "respectivement", "соответственно"));
    /** The most characters between a figure and the party it belongs to in one list item. */
    private static final int SAME_ITEM_GAP = 40;

    /**
     * The subjects of a figure that is one item of a list of parties and figures: "Russia (22.6%), China (19.6%)",
     * "trade with Kazakhstan fell 20%, with Uzbekistan 10.3%", "Uzbekistan and Tajikistan ... $260 million and
     * $65 million, respectively". Each figure belongs to its own party (for a ranking or a national metric, that
     * party alone); a bilateral or unnamed metric adds the party the whole list is about (the one of the sentence
     * that is no item, else the headline's). Null when the sentence is no such list.
     */
    static List<String> subjects(Subjects.Kind kind, int start, String text, List<Words.Word> words,
                                 List<Mention> sentence, List<SurfaceFigure> figures, ArticleFrame article) {
        return subjects(kind, start, text, words, sentence, List.of(), figures, article, false);
    }

    /** As above, with the mentions of the sentences right before ({@code before}) that may name the list's owner. */
    static List<String> subjects(Subjects.Kind kind, int start, String text, List<Words.Word> words,
                                 List<Mention> sentence, List<Mention> before, List<SurfaceFigure> figures,
                                 ArticleFrame article) {
        return subjects(kind, start, text, words, sentence, before, figures, article, false);
    }

    /**
     * As above; with {@code figureFirst}, only for a list written figure first, each item's party after its figure
     * ("the growth was 20% for European transport and 15% for Iran"), else null.
     */
    static List<String> subjects(Subjects.Kind kind, int start, String text, List<Words.Word> words,
                                 List<Mention> sentence, List<Mention> before, List<SurfaceFigure> figures,
                                 ArticleFrame article, boolean figureFirst) {
        if (figures.size() < 2) {
            return null;
        }
        Reading.Last last = Reading.lastFor(text, words, sentence, figures, article);
        if (last.parties == null) { // the sentence's parties, found once for all its figures
            last.parties = parties(sentence, words);
        }
        List<Mention> parties = last.parties;
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
        Reading reading = last.byUnit.get(unit);
        if (reading == null) {
            reading = read(text, words, sentence, before, figures, article, parties, unit);
            last.byUnit.put(unit, reading);
        }
        String mine = reading.items == null ? null : reading.items[self];
        if (mine == null || reading.distinct.size() < 2 || figureFirst && !reading.figureFirst) {
            return null;
        }
        // "Kazakhstan invested $102 million in Azerbaijan, while Azerbaijan invested $205 million in Kazakhstan": two
        // parties each named in every figure's clause are the two sides of one relation, each way, not two items
        if (reading.distinct.size() == 2 && eachClauseNamesBoth(figures, reading.items, parties, reading.distinct,
                text)) {
            return Subjects.sorted(reading.distinct);
        }
        // "proven gas reserves of 17.5 bcm in Turkmenistan, beside Iran (33.8 bcm), Russia (31.3 bcm)": a list of the
        // parties' own amounts gives each its own, with no party of the whole (decision 6 of round 29)
        if (kind == Subjects.Kind.NATIONAL || "rank".equals(figures.get(self).unit())
                || kind == Subjects.Kind.UNKNOWN && ownAmounts(start, words, text, reading.ownerInSentence)) {
            return List.of(mine);
        }
        // "the shares will be: Kyrgyzstan 34%, Kazakhstan 33% and Uzbekistan 33%" under a Kyrgyz headline: a list
        // whose whole is the article's main country, itself an item, gives each item its own party and the main
        // country's (decision 6 of round 29: an item takes its own party and the whole's), the main country's own item
        // that country alone (a trade list keeps the rules for a relation)
        if (reading.owner == null && reading.mainItem != null && kind != Subjects.Kind.BILATERAL) {
            return Subjects.sorted(new LinkedHashSet<>(List.of(mine, reading.mainItem)));
        }
        String owner = kind == Subjects.Kind.BILATERAL && reading.ownerBefore != null ? reading.ownerBefore
                : reading.owner;
        return owner == null ? null : Subjects.sorted(new LinkedHashSet<>(List.of(mine, owner)));
    }

    /**
     * What a sentence's list says of all its figures of one unit, read once for them all: the party of each figure
     * (null where none), the distinct parties, and the party the list is about (null when there is none or the
     * sentence states a relation) with whether the sentence names it (else it is the headline's or the article's),
     * whether the list is written figure first, each item's party after its figure, and, when every country the
     * sentence and the article name is one of its items, the article's main country the list is then about (else
     * null). A figure's subjects follow from its own item and these.
     */
    private record Reading(String[] items, Set<String> distinct, String owner, boolean ownerInSentence,
                           boolean figureFirst, String mainItem, String ownerBefore) {

        /** The sentence last read on this thread, its parties and its readings by unit. */
        private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

        private static final class Last {
            private String text;
            private List<Words.Word> words;
            private ArticleFrame article;
            private List<Mention> sentence = List.of();
            private List<SurfaceFigure> figures = List.of();
            /** The sentence's parties ({@link ListItems#parties}), or null until asked. */
            private List<Mention> parties;
            private final java.util.Map<String, Reading> byUnit = new java.util.HashMap<>();
        }

        /** This thread's memo, emptied first unless it holds the same sentence of the same text. */
        static Last lastFor(String text, List<Words.Word> words, List<Mention> sentence, List<SurfaceFigure> figures,
                            ArticleFrame article) {
            Last last = LAST.get();
            if (last.text != text || last.words != words || last.article != article
                    || !sameElements(last.sentence, sentence) || !sameElements(last.figures, figures)) {
                last.text = text;
                last.words = words;
                last.article = article;
                last.sentence = List.copyOf(sentence);
                last.figures = List.copyOf(figures);
                last.parties = null;
                last.byUnit.clear();
            }
            return last;
        }

        /**
         * Whether two lists hold equal elements in the same order. The sentence's mentions and figures reach here as
         * views of the text's own lists, so for a figure of the sentence last read they are the very same elements:
         * compared by identity first, and by {@code equals} only when that fails (a record's equals compares strings).
         */
        private static boolean sameElements(List<?> kept, List<?> asked) {
            if (kept.size() != asked.size()) {
                return false;
            }
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i) != asked.get(i)) {
                    return kept.equals(asked);
                }
            }
            return true;
        }
    }

    /**
     * Words of one party's own amount that a list shares out among its items (prefixes of folded words): output,
     * reserves, a budget, a population. Narrower than the words {@code Subjects} reads a lone figure by: a market, the
     * world or trade abroad is a whole the list's owner holds ("Turkey stayed Georgia's largest market ..., followed by
     * Russia with $0.8 billion").
     */
    private static final WordStems OWN_AMOUNT = WordStems.of(Words.foldAll("production", "produce", "output",
            "reserv", "budget", "population", "gdp", "pib", "ввп", "производ", "добыч", "запас", "бюджет", "населен",
            "өндір", "ishlab"));

    /**
     * Whether a list's figures are its parties' own amounts (a word of output, reserves, a budget: {@link
     * #OWN_AMOUNT}) in their sentence, or, when the sentence names no party of the whole, in the
     * sentence before in its paragraph, which states the whole the list shares out ("the known reserves of an ore are 2 million tons.
     * Of this, 40% falls to Canada, 12% to Kazakhstan").
     */
    private static boolean ownAmounts(int start, List<Words.Word> words, String text, boolean ownerInSentence) {
        if (Subjects.sentenceHolds(OWN_AMOUNT, start, words, text)) {
            return true;
        }
        if (ownerInSentence) {
            return false;
        }
        // (in the same paragraph: a list opening a paragraph shares out no whole of the one before)
        return Subjects.sentenceBeforeHolds(OWN_AMOUNT, start, words, text);
    }

    /** The mentions of a sentence that may be items of a list: countries and blocs, no speakers or yardsticks. */
    private static List<Mention> parties(List<Mention> sentence, List<Words.Word> words) {
        List<Mention> parties = new ArrayList<>();
        for (Mention m : sentence) {
            if (!Subjects.REGION.equals(m.code()) && m.kind() != PlaceKind.CORRIDOR && m.kind() != PlaceKind.CITY
                    && m.kind() != PlaceKind.LEADER && m.kind() != PlaceKind.INSTITUTION
                    && !Subjects.isSpeaker(m, words) && !Subjects.isRankingReference(m, words)) {
                parties.add(m);
            }
        }
        return List.copyOf(parties); // kept for the sentence's other figures: read, never changed
    }

    private static Reading read(String text, List<Words.Word> words, List<Mention> sentence, List<Mention> before,
                                List<SurfaceFigure> figures, ArticleFrame article, List<Mention> parties, String unit) {
        String[] items = respectively(words, figures, parties, unit);
        boolean listed = items != null;
        if (items == null) {
            items = leadIns(figures, parties, text, words);
        }
        // "after Russia (17.9%), China (17.7%)": a figure in brackets right after a party is that party's, whatever
        // the words before the party say; two or more such figures make the sentence a list read party-first.
        int bracketed = 0;
        for (int i = 0; i < figures.size(); i++) {
            Mention owner = bracketedBy(figures.get(i), sentence, text);
            if (owner != null) {
                if (items == null) {
                    items = new String[figures.size()];
                }
                items[i] = owner.code();
                bracketed++;
                // "+165% vers l'Arménie (1,1 milliard d'euros)": the figure before the party, in the same item, is
                // the party's too (the next item's lead-in would otherwise claim it).
                if (i > 0 && sameItem(figures.get(i - 1), owner, text)
                        && bracketedBy(figures.get(i - 1), sentence, text) == null) {
                    items[i - 1] = owner.code();
                }
            }
        }
        listed = listed || bracketed >= 2;
        if (items == null) {
            return new Reading(null, Set.of(), null, false, false, null, null);
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String code : items) {
            if (code != null) {
                distinct.add(code);
            }
        }
        boolean figureFirst = !listed && partyRightAfter(figures, parties, items, distinct, text);
        if (figureFirst) {
            // "en hausse de 30% pour la Géorgie, de 15% pour l'Iran": read figure first
            items = trailing(figures, parties, sentence, text);
            if (items == null) {
                return new Reading(null, Set.of(), null, false, false, null, null);
            }
            distinct.clear();
            for (String code : items) {
                distinct.add(code);
            }
        }
        if (distinct.size() < 2) {
            return new Reading(null, Set.of(), null, false, false, null, null);
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
                return new Reading(items, distinct, null, false, false, null, null); // a relation, not a list: no owner
            }
            if (owner == null && !distinct.contains(m.code()) && !aheadOfItems(m, words)) {
                owner = m.code();
            }
        }
        boolean fromSentence = owner != null;
        List<String> candidates = new ArrayList<>(Subjects.titleByRank(article));
        candidates.addAll(article.ranked());
        // Central Asian countries ranked by their trade with one partner: that partner comes from outside the region
        // ("Kazakhstan ranks first among China's partners ... the Kyrgyz Republic followed with $22.71 billion").
        // The one Central Asian country a headline names stays the owner ("Tajikistan's trade with Central Asian
        // countries decreases ... commerce with Turkmenistan exceeded $40 million").
        boolean regional = Subjects.CENTRAL_ASIA.containsAll(distinct);
        // "le commerce mutuel entre l'Ouzbékistan et les pays d'Asie centrale ..." then "les échanges avec
        // le Kazakhstan frôlent 2 milliards, avec le Tadjikistan – environ 300 millions":
        // Central Asian partners listed with no owner in their sentence are, for a bilateral metric, the partners of
        // the last country the text names just before, not the headline's (a trade list takes its own party and the
        // whole's: decision 6); a product's buyers listed after "Russia was the top buyer" keep the headline's seller
        String ownerBefore = owner == null && regional ? lastCountryBefore(before, distinct, words) : null;
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
        // every country the sentence and the article name is an item: the list is about the article's main country, itself
        // one of the items ("the shares will be: Kyrgyzstan 34%, Kazakhstan 33% and Uzbekistan 33%" under a Kyrgyz
        // headline); only a list that names each party once, one item each (six company stakes of which five follow
        // one country's adjective are no list of countries)
        String mainItem = null;
        boolean mainItemPossible = owner == null && onceEach(items, distinct);
        for (int c = 0; c < candidates.size() && mainItemPossible && mainItem == null; c++) {
            if (!Subjects.REGION.equals(candidates.get(c))) {
                mainItem = candidates.get(c);
            }
        }
        return new Reading(items, distinct, owner, fromSentence, figureFirst, mainItem, ownerBefore);
    }

    /** Marks that close a clause or an item of a list: a figure's clause ends at the first of them either side. */
    /**
     * The last country {@code before} names that is no item of the list, or null; a Central Asian one only where
     * {@code before} also names the region it trades with ("l'Ouzbékistan et les pays d'Asie centrale"), not where it
     * is one more item of a list that went before ("Tajikistan: $3.8 billion" above "trade increased with Kazakhstan");
     * never a partner itself ("Trade with China grew. Commerce with Turkmenistan exceeded $40 million, ...").
     */
    private static String lastCountryBefore(List<Mention> before, Set<String> items, List<Words.Word> words) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            if (m.kind() == PlaceKind.COUNTRY && !Subjects.REGION.equals(m.code()) && !items.contains(m.code())) {
                if (Subjects.withPartner(m, words)) {
                    return null;
                }
                boolean regionNamed = before.stream().anyMatch(x -> Subjects.REGION.equals(x.code()));
                return !Subjects.CENTRAL_ASIA.contains(m.code()) || regionNamed ? m.code() : null;
            }
        }
        return null;
    }

    private static final String CLAUSE_MARKS = ",;:()\n\u2013\u2014";

    /**
     * Whether every figure that has an item names both parties in its own clause (from the last clause mark or the
     * figure before it to the next clause mark or the figure after it): "Kazakhstan invested $102 million in
     * Azerbaijan, while Azerbaijan invested $205 million in Kazakhstan" is a relation of the two each way, where
     * "Russia (22.6%), China (19.6%)" or "$5 billion to China and $3 billion to Russia" give each clause one party.
     */
    private static boolean eachClauseNamesBoth(List<SurfaceFigure> figures, String[] items, List<Mention> parties,
                                               Set<String> distinct, String text) {
        for (int i = 0; i < figures.size(); i++) {
            if (items[i] == null) {
                continue;
            }
            SurfaceFigure figure = figures.get(i);
            int from = i > 0 ? figures.get(i - 1).end() : 0;
            for (int c = figure.start() - 1; c >= from; c--) {
                if (CLAUSE_MARKS.indexOf(text.charAt(c)) >= 0 || text.startsWith(". ", c)) {
                    from = c + 1;
                    break;
                }
            }
            int to = i + 1 < figures.size() ? figures.get(i + 1).start() : text.length();
            for (int c = figure.end(); c < to; c++) {
                if (CLAUSE_MARKS.indexOf(text.charAt(c)) >= 0 || text.charAt(c) == '.') {
                    to = c;
                    break;
                }
            }
            Set<String> named = new LinkedHashSet<>();
            for (Mention m : parties) {
                if (m.start() >= from && m.end() <= to && distinct.contains(m.code())) {
                    named.add(m.code());
                }
            }
            if (named.size() < 2) {
                return false;
            }
        }
        return true;
    }

    /** Whether no party is the item of two figures. */
    private static boolean onceEach(String[] items, Set<String> distinct) {
        int named = 0;
        for (String code : items) {
            if (code != null) {
                named++;
            }
        }
        return named == distinct.size();
    }

    /**
     * "A and B ... X and Y, respectively": the last parties named before the first figure, one per figure of the
     * same unit, in order; null when the sentence says no "respectively" or names too few parties.
     */
    private static String[] respectively(List<Words.Word> words, List<SurfaceFigure> figures, List<Mention> parties,
                                         String unit) {
        int from = figures.get(0).start();
        int to = figures.get(figures.size() - 1).end();
        int first = Math.max(0, Subjects.indexAt(words, from) - 8);
        while (first < words.size() && words.get(first).start() < from - 60) {
            first++;
        }
        int past = first;
        while (past < words.size() && words.get(past).start() < to + 40) {
            past++;
        }
        if (!Subjects.anyIn(words, RESPECTIVELY, first, past)) {
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
     * Each figure's party when every figure is followed by its own in the same short item ("de 40% pour la Géorgie,
     * de 15% pour l'Iran", "$5 billion to China and $3 billion to Russia"), each a party of its own; null when a
     * figure has none there, or when two share one ("29% du commerce du Kirghizstan ... contre 18% avec la Russie (soit
     * 1 milliard ... entre la Russie et le Kirghizstan)" is one country's trade, not a list).
     */
    private static String[] trailing(List<SurfaceFigure> figures, List<Mention> parties, List<Mention> sentence,
                                     String text) {
        String[] items = new String[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            int next = i + 1 < figures.size() ? figures.get(i + 1).start() : text.length();
            Mention party = null;
            for (Mention m : parties) {
                if (m.start() >= figure.end() && m.end() <= next && sameItem(figure, m, text)) {
                    party = m;
                    items[i] = m.code();
                    break;
                }
            }
            if (party != null && secondEnd(party, parties, next, text)) {
                return null; // "$40 million – from Uzbekistan to Tajikistan": a flow between two, not one item's party
            }
            for (int k = 0; k < i && items[i] != null; k++) {
                if (items[i].equals(items[k])) {
                    return null;
                }
            }
        }
        // "2 тонны ... на $90 миллионов в Турцию и 1 тонна на $45 миллионов в ОАЭ": a figure whose item goes on
        // to the next figure, with nothing between that ends an item, is one more figure of that next one's party
        for (int i = figures.size() - 2; i >= 0; i--) {
            if (items[i] == null && items[i + 1] != null
                    && oneItem(figures.get(i), figures.get(i + 1), sentence, text)) {
                items[i] = items[i + 1];
            }
        }
        for (String item : items) {
            if (item == null) {
                return null;
            }
        }
        return items;
    }

    /**
     * Whether the item a party opens names a second, other party before it ends (at a comma, semicolon, full stop or
     * the next figure): "from Uzbekistan to Tajikistan" gives a flow its two ends.
     */
    private static boolean secondEnd(Mention party, List<Mention> parties, int next, String text) {
        int end = next;
        for (int c = party.end(); c < next; c++) {
            char ch = text.charAt(c);
            if (ch == ',' || ch == ';' || ch == '.') {
                end = c;
                break;
            }
        }
        for (Mention m : parties) {
            if (m.start() >= party.end() && m.end() <= end && !m.code().equals(party.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two figures stand in one short item: a few words apart, with no name ("15 years Ankara has invested
     * $4.35 billion" is two things), comma, semicolon, dash or bracket between them.
     */
    private static boolean oneItem(SurfaceFigure first, SurfaceFigure second, List<Mention> sentence, String text) {
        if (second.start() - first.end() > SAME_ITEM_GAP) {
            return false;
        }
        for (Mention m : sentence) {
            if (m.start() >= first.end() && m.end() <= second.start()) {
                return false;
            }
        }
        for (int c = first.end(); c < second.start(); c++) {
            char ch = text.charAt(c);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '–' || ch == '—' || ch == '.') {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> AHEAD_WORDS = Set.of("ahead", "devant", "впереди", "опережая", "опередив",
            "обогнав", "devancant", "followed", "suivi", "suivie");
    private static final Set<String> BE_WORDS = Set.of("is", "was", "are", "were", "est", "etait");

    /**
     * "places Russia ahead of China and Turkey, with ... respectively", "Turkmenistan is followed by Azerbaijan –
     * 104,000 tons, Russia – 9,900 tons": a party ranked with the items is none's owner.
     */
    private static boolean aheadOfItems(Mention m, List<Words.Word> words) {
        int at = Subjects.indexAt(words, m.end());
        if (at < words.size() - 1 && words.get(at).start() >= m.end() && BE_WORDS.contains(words.get(at).folded())) {
            at++;
        }
        return at < words.size() && words.get(at).start() >= m.end() && AHEAD_WORDS.contains(words.get(at).folded());
    }

    /**
     * A dash right after a figure and a preposition that names the party of its item: " – из ", " — for the ",
     * " - vers la ". A list written figure first puts its item there ("332 thousand from Uzbekistan, 247 thousand –
     * from Tajikistan"), where a dash before a bare name opens another clause.
     */
    private static final Pattern DASH_THEN_PREPOSITION = Pattern.compile("(?iU)\\s*[–—-]\\s*(from|for|to|in|into|with"
            + "|из|с|со|в|во|на|для|к|ко|от|до|de|du|des|d'|d’|pour|vers|à|au|aux|en|depuis|avec)"
            + "\\s*(the|la|le|les|l'|l’)?\\s*");

    /**
     * Whether the figure and the party after it are one short item: a few words apart ("by 60% to Armenia"), with
     * nothing between them that ends an item or a clause (a comma, semicolon, colon, dash or bracket).
     */
    private static boolean sameItem(SurfaceFigure figure, Mention party, String text) {
        if (figure.end() > party.start() || party.start() - figure.end() > SAME_ITEM_GAP) {
            return false;
        }
        if (DASH_THEN_PREPOSITION.matcher(text.substring(figure.end(), party.start())).matches()) {
            return true; // "247 thousand – from Tajikistan", "13.7% – for Kazakhstan": the dash opens the item's party
        }
        for (int c = figure.end(); c < party.start(); c++) {
            char ch = text.charAt(c);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '–' || ch == '—'
                    || ch == '-' && c > 0 && text.charAt(c - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** The party written right before the bracket that opens on a figure ("Russia (17.9%)"), or null. */
    private static Mention bracketedBy(SurfaceFigure figure, List<Mention> sentence, String text) {
        int open = figure.start() - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '(') {
            return null;
        }
        for (Mention m : sentence) {
            if (m.end() <= open && text.substring(m.end(), open).isBlank() && !Subjects.REGION.equals(m.code())
                    && m.kind() != PlaceKind.CORRIDOR) {
                return m;
            }
        }
        return null;
    }

    /**
     * Each figure's own party: the last one named between the figure before it and itself; a figure with none
     * there shares the party of the figure before it ("Uzbekistan ($13.7 billion, 14.5 percent)"), unless parties
     * joined by "and" stand before a run of figures joined the same way ("from Poland and Greece, by 2,200% and
     * 2,100%"): then they pair in order.
     */
    private static String[] leadIns(List<SurfaceFigure> figures, List<Mention> parties, String text,
                                    List<Words.Word> words) {
        String[] items = new String[figures.size()];
        Set<String> shared = sharedLeadIns(figures, parties);
        int from = Integer.MIN_VALUE;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            if (items[i] != null) {
                from = figure.end();
                continue; // paired with a party of a group before it
            }
            // Within the figure's own clause first: "Russia (22.6% of Tajikistan's trade), China (19.6%)".
            int clause = from;
            for (int c = Math.max(0, from); i > 0 && c < figure.start(); c++) {
                char ch = text.charAt(c);
                if (ch == ',' || ch == ';' || ch == ')' || ch == ':' || ch == '–' || ch == '—') {
                    clause = c + 1;
                }
            }
            List<Mention> own = new ArrayList<>();
            for (Mention m : parties) {
                if (m.start() >= Math.max(0, from) && m.end() <= figure.start()) {
                    own.add(m);
                }
            }
            own = withoutShared(own, shared);
            List<Mention> group = group(figures, i, own, text, words);
            if (group != null) {
                for (int k = 0; k < group.size(); k++) {
                    items[i + k] = group.get(k).code();
                }
                from = figure.end();
                continue;
            }
            String code = null;
            String any = null;
            for (Mention m : own) {
                any = m.code();
                if (m.start() >= clause) {
                    if (i > 0 && code != null && !code.equals(m.code())) {
                        return null; // "supplies of Kazakhstan to China of $2 billion": a relation, not a list item
                    }
                    code = m.code();
                }
            }
            if (i == 0 && figures.size() > 1) {
                String first = firstItem(own, figures, parties, words, text);
                if (first != null) {
                    code = first;
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

    /**
     * The parties named in the lead-ins of two figures or more, each beside one other party: "Tajik-Russian trade
     * reached $764 million and Tajik-Chinese trade $700 million", "les ventes de la Lettonie au Kirghizistan
     * ont bondi de 900 %, celles de la Pologne au Kirghizistan de 400 %". Such a party is the one the list
     * is about, said again in each item, not an item of its own.
     */
    private static Set<String> sharedLeadIns(List<SurfaceFigure> figures, List<Mention> parties) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> shared = new LinkedHashSet<>();
        Set<String> several = new LinkedHashSet<>();
        int from = Integer.MIN_VALUE;
        for (SurfaceFigure figure : figures) {
            Set<String> own = new LinkedHashSet<>();
            for (Mention m : parties) {
                if (m.start() >= Math.max(0, from) && m.end() <= figure.start()) {
                    own.add(m.code());
                }
            }
            // (one party beside each repeated one: "sales from the EU and the U.K. to Armenia rose
            // 60 percent while Armenia raised its sales to Russia by 10 percent" compares two flows)
            if (own.size() == 2) {
                for (String code : own) {
                    if (!seen.add(code)) {
                        shared.add(code);
                    }
                }
            } else if (own.size() > 2) {
                several.addAll(own);
            }
            from = figure.end();
        }
        shared.removeAll(several);
        return shared;
    }

    /** A lead-in's parties without those every item repeats ({@link #sharedLeadIns}), when it names another. */
    private static List<Mention> withoutShared(List<Mention> own, Set<String> shared) {
        if (shared.isEmpty()) {
            return own;
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention m : own) {
            if (!shared.contains(m.code())) {
                kept.add(m);
            }
        }
        return kept.isEmpty() ? own : kept;
    }

    /**
     * "from Poland and Greece, by 2,200% and 2,100%": the parties joined by "and" (or commas) that end the lead-in
     * of figure {@code i}, when as many figures of one unit follow joined the same way with no party between them;
     * null otherwise.
     */
    private static List<Mention> group(List<SurfaceFigure> figures, int i, List<Mention> own, String text,
                                       List<Words.Word> words) {
        int size = 1;
        for (int j = i + 1; j < figures.size(); j++) {
            SurfaceFigure previous = figures.get(j - 1);
            SurfaceFigure next = figures.get(j);
            if (next.start() < previous.end()) {
                break; // figures that overlap (the two ends of one range) are not items joined by "and"
            }
            String gap = text.substring(previous.end(), next.start());
            if (!next.unit().equals(figures.get(i).unit()) || gap.length() > 12 || !joins(gap)) {
                break;
            }
            size++;
        }
        if (size < 2 || own.size() < size) {
            return null;
        }
        List<Mention> last = own.subList(own.size() - size, own.size());
        for (int k = 1; k < last.size(); k++) {
            if (!joins(text.substring(last.get(k - 1).end(), last.get(k).start()))
                    || last.get(k - 1).code().equals(last.get(k).code())) {
                return null;
            }
        }
        // "les heurts entre deux pays voisins ont fait 5 morts, 20 blessés": parties joined after
        // "between" are the two sides of what the figures count, not one item each
        if (betweenPair(last.get(0), last.get(last.size() - 1), words)) {
            return null;
        }
        return List.copyOf(last);
    }

    /**
     * Whether a word of "between" opens the parties from {@code first} to {@code last} ("between", "entre", "между",
     * an article aside) or follows them as a postposition ("арасындағы", "o'rtasidagi").
     */
    private static boolean betweenPair(Mention first, Mention last, List<Words.Word> words) {
        int at = Subjects.indexAt(words, first.start());
        for (int k = at - 1; k >= 0 && k >= at - 2; k--) {
            String folded = words.get(k).folded();
            if (Subjects.isBetweenWord(folded)) {
                return true;
            }
            if (!Subjects.isArticle(folded)) {
                break;
            }
        }
        int after = Subjects.indexAt(words, last.end());
        return after < words.size() && words.get(after).start() >= last.end()
                && Subjects.isBetweenWord(words.get(after).folded());
    }

    private static final Pattern JOINING = Pattern.compile(
            "(?iU)\\s*(,|,?\\s*(and|et|и|va|ve)\\b)\\s*(the|la|le|l'|l’|les|de|du|des|from|из|с|со|à|to|в)?\\s*");

    /** Whether a gap between two items only joins them: ", ", " and ", " et de la ". */
    private static boolean joins(String gap) {
        return JOINING.matcher(gap).matches();
    }

    /**
     * The first item's party when its lead-in names two ("exports from Estonia to Kyrgyzstan grew 10,000%, from
     * Finland 3,100%"): the one introduced by the same preposition as the next item's party, or like it opening its
     * clause ("Turkmenistan exported to China $9.57 billion, Russia $8.03 billion": the supplier, not the buyer the
     * whole list is about); or with "Georgia's" before it, the other one ("Turkey was Georgia's biggest partner
     * with $1.4 billion, while the US ..."). Null when nothing tells.
     */
    private static String firstItem(List<Mention> own, List<SurfaceFigure> figures, List<Mention> parties,
                                     List<Words.Word> words, String text) {
        if (own.size() < 2) {
            return null;
        }
        // the next item's party: the one before the first later figure that has one ("1 тонну 243,3 килограмма ...,
        // Объединенные Арабские Эмираты – 334,9 килограмма": one amount written in two figures comes first)
        String cue = null;
        Mention next = null;
        for (int k = 1; k < figures.size() && next == null; k++) {
            for (Mention m : parties) {
                if (m.start() >= figures.get(k - 1).end() && m.end() <= figures.get(k).start()) {
                    next = m;
                }
            }
        }
        if (next != null) {
            cue = preposition(next, words, text, true);
        }
        String match = null;
        int matches = 0;
        if (cue != null) {
            for (Mention m : own) {
                if (cue.equals(preposition(m, words, text, false)) && !aheadOfItems(m, words)
                        && !m.possessiveIn(text)) {
                    match = m.code();
                    matches++;
                }
            }
        }
        if (matches == 1) {
            return match;
        }
        List<Mention> plain = new ArrayList<>();
        for (Mention m : own) {
            if (!m.possessiveIn(text)) {
                plain.add(m);
            }
        }
        if (plain.size() == 1 && plain.size() < own.size()) {
            return plain.get(0).code();
        }
        // "China's share in Tajikistan's total foreign trade stood at 24.8%, ahead of Russia's 23.2%": the party
        // whose total the shares are taken of is the list's owner, the other one its first item.
        if (own.size() == 2 && !whole(own.get(0), words, text) && whole(own.get(1), words, text)
                && !own.get(0).code().equals(own.get(1).code())) {
            return own.get(0).code();
        }
        return null;
    }

    /** Words for the whole a list's parties share out: a total, a country's foreign trade, its market. */
    private static final Set<String> WHOLE_WORDS = Set.of("total", "overall", "market", "partner",
            "общем", "общий", "общего", "общей", "внешнеторгового", "внешнеторговом", "рынком", "партнером",
            "партнёром");
    /** How many words next to a party may name the whole it owns. */
    private static final int WHOLE_REACH = 3;

    /**
     * Whether a party names the whole a list shares out: written as its owner, "Tajikistan's total foreign trade"
     * (the whole word after a possessive), "в общем объеме внешнеторгового оборота Таджикистана" (before a genitive).
     */
    private static boolean whole(Mention m, List<Words.Word> words, String text) {
        int at = Subjects.indexAt(words, m.start());
        if (m.possessiveIn(text)) {
            int seen = 0;
            for (int k = at; k < words.size() && seen < WHOLE_REACH; k++) {
                Words.Word w = words.get(k);
                if (w.start() < m.end() || "s".equals(w.folded())) {
                    continue;
                }
                if (endsSentence(text.substring(words.get(k - 1).end(), w.start()))) {
                    return false;
                }
                if (WHOLE_WORDS.contains(w.folded())) {
                    return true;
                }
                seen++;
            }
            return false;
        }
        for (int k = at - 1; k >= 0 && k >= at - WHOLE_REACH; k--) {
            if (endsSentence(text.substring(words.get(k).end(), words.get(k + 1).start()))) {
                return false; // the sentence before is no part of this one
            }
            if (WHOLE_WORDS.contains(words.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String gap) {
        return gap.indexOf('.') >= 0 || gap.indexOf('\n') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0;
    }

    /** Articles that can open a text before a party ("La Suisse a acheté"). */
    private static final Set<String> TEXT_OPENERS = Set.of("the", "la", "le", "l", "les");
    /** Words that make a party the object of a preposition, not the subject of its clause. */
    private static final Set<String> PREPOSITIONS = Set.of("from", "to", "into", "with", "for", "of", "in",
            "de", "du", "des", "d", "vers", "a", "au", "aux", "avec", "pour", "en", "depuis",
            "из", "в", "во", "у", "с", "со", "к", "ко", "от", "для", "на", "по");

    /**
     * The preposition that introduces a party, past an article ("from Estonia", "vers la Chine", "у Кыргызстана"),
     * or "" when the party opens its clause, the subject of its clause (", Russia $8 billion", "En 2024, le
     * Turkménistan avait exporté"); unless {@code strict}, also after a number ("In 2024 Turkmenistan exported").
     * Null otherwise: "importations russes" is an adjective, "Товарооборот Таджикистана" a genitive.
     */
    private static String preposition(Mention m, List<Words.Word> words, String text, boolean strict) {
        int before = Subjects.wordBefore(m, words);
        if (before < 0) {
            return Subjects.indexAt(words, m.start()) == 0 ? "" : null;
        }
        String word = words.get(before).folded();
        if (PREPOSITIONS.contains(word)) {
            return word;
        }
        if (before == 0 && TEXT_OPENERS.contains(word) || !strict && !word.isEmpty()
                && Character.isDigit(word.charAt(0))) {
            return ""; // "La Suisse a acheté" opening the text, "In 2024 Turkmenistan exported"
        }
        int next = before + 1; // the party's first word, or its article
        for (int c = words.get(before).end(); c < words.get(next).start(); c++) {
            char ch = text.charAt(c);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '–' || ch == '—' || ch == '(' || ch == '\n') {
                return "";
            }
        }
        return null;
    }
}
