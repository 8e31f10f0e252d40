package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 31 of round 35: one value that a sentence gives to several buyers or suppliers each ("Russia and Pakistan,
 * the main importers, absorbing more than 26% each", "la Turquie et la Chine, principaux acheteurs, ont reçu chacune
 * 20%") is one figure per buyer, with the same quote: each copy keeps the parties the figure shares (the seller) and
 * takes one party of the group the distributive word refers to, the parties named together with "and" in its
 * sentence. Only in a sentence of a sale (a word of buyer, supplier, import, export or delivery) or, by decision 43 of
 * round 36, of a stake in a venture, a project's capital or funds, where each copy keeps every party of the venture,
 * its holder first (two sides of a three-party project holding N percent each): an "each" elsewhere is left as one
 * figure.
 */
final class EachParty {

    /** "each", "apiece", "chacun", "каждый", "әрқайсысы": the value is every party's own. */
    private static final Set<String> DISTRIBUTIVES = WordSet.copyOf(Words.foldAll("each", "apiece", "chacun", "chacune",
            "chacuns", "chacunes", "каждый", "каждая", "каждое", "каждого", "каждой", "каждому", "әрқайсысы",
            "әрқайсысының", "әрқайсысына"));
    /** Uzbek "har biri", "ҳар бири" (each of them): "har" alone is also "every" ("har yili"), so with its "biri". */
    private static final Set<String> UZBEK_EACH = WordSet.copyOf(Words.foldAll("har", "ҳар"));
    private static final Set<String> UZBEK_ONE = WordSet.copyOf(Words.foldAll("biri", "бири", "birining", "бирининг"));
    /** Words that join the parties of one group, besides a comma: "and", "et", "и", "va", "және". */
    private static final Set<String> CONJUNCTIONS = Set.copyOf(Words.foldAll("and", "et", "и", "va", "ва", "hamda",
            "ҳамда", "және", "мен"));
    /** Articles that may open the next party's name ("et l'Ouzbékistan", "and the UAE"). */
    private static final Set<String> ARTICLES = Set.copyOf(Words.foldAll("l", "la", "le", "les", "the"));
    /** Stems of the words of a sale: buyers, suppliers, purchases, imports and exports, in five languages. */
    private static final List<String> SALE_STEMS = Words.foldAll("buyer", "purchas", "supplier", "import", "export",
            "client", "acheteu", "achet", "fournisseu", "importat", "exportat", "покупат", "купил", "закупи",
            "поставщик", "импорт", "экспорт", "xaridor", "харидор", "sotib", "сотиб", "eksport", "сатып",
            "жеткізуші", "импорттаушы",
            // deliveries of a good sold are its sale too (two buyers to get "chacun" N% of the gas "livraisons")
            "deliver", "livraison", "поставк", "поставок", "yetkazib", "етказиб");
    /**
     * Stems of the words of a stake in a venture, a project's capital or its funds (decision 43 of round 36): two
     * sides each receiving N percent of a project's capital, two states each contributing N% of its funds.
     */
    private static final List<String> STAKE_STEMS = Words.foldAll("stake", "capital", "venture", "consortium",
            "shareholder", "fonds", "financement", "coentreprise", "капитал", "доля", "долю", "доли", "консорциум",
            "ulush", "улуш", "үлес");
    /** How many words from the figure the distributive word may stand. */
    private static final int REACH = 5;

    private EachParty() {
    }

    /** The figure once per party of the group its distributive word refers to, or the figure alone. */
    static List<ExtractedFigure> perParty(ExtractedFigure figure, SurfaceFigure surface, FigureContext context) {
        if (figure.subjects().size() < 2 || !distributiveNear(surface, context)) {
            return List.of(figure);
        }
        Sentences.Sentence sentence = context.sentences().get(FigureContext.sentenceOf(context, surface.start()));
        List<Words.Word> words = context.wordsOf(sentence);
        boolean sale = speaksOf(words, SALE_STEMS);
        if (!sale && !speaksOf(words, STAKE_STEMS)) {
            return List.of(figure);
        }
        List<String> group = joinedGroup(context, sentence, surface);
        if (group.size() < 2 || !figure.subjects().containsAll(group)) {
            return List.of(figure);
        }
        List<String> shared = new ArrayList<>(figure.subjects());
        shared.removeAll(group);
        List<ExtractedFigure> copies = new ArrayList<>(group.size());
        for (String party : group) {
            // a buyer's copy: the seller and that buyer; a holder's copy: the holder first, then the venture's other
            // parties, all of which the stake is a term between (decision 43)
            List<String> subjects = new ArrayList<>(sale ? shared : List.of(party));
            if (sale) {
                subjects.add(party);
            } else {
                figure.subjects().stream().filter(s -> !s.equals(party)).forEach(subjects::add);
            }
            copies.add(figure.withSubjects(subjects));
        }
        return copies;
    }

    private static boolean speaksOf(List<Words.Word> words, List<String> stems) {
        for (Words.Word word : words) {
            if (Words.startsWithAny(word.folded(), stems)) {
                return true;
            }
        }
        return false;
    }

    private static boolean distributiveNear(SurfaceFigure surface, FigureContext context) {
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(surface.start());
        int last = context.wordStarts().at(surface.end());
        int from = Math.max(0, first - REACH);
        int to = Math.min(words.size(), last + REACH);
        for (int i = from; i < to; i++) {
            if (i >= first && i < last) {
                continue;
            }
            String folded = words.get(i).folded();
            if (DISTRIBUTIVES.contains(folded) || UZBEK_EACH.contains(folded) && i + 1 < words.size()
                    && UZBEK_ONE.contains(words.get(i + 1).folded())) {
                int a = Math.min(words.get(i).end(), surface.start());
                int b = Math.max(words.get(i).start(), surface.end());
                return !TextWalks.hasSentenceBreak(context.text(), a, b);
            }
        }
        return false;
    }

    /**
     * The parties of the run of mentions joined by "and" or commas nearest the figure in its sentence ("la Russie et le
     * Pakistan", "Kazakhstan, Uzbekistan and Kyrgyzstan"), in the order written; empty when there is none.
     */
    private static List<String> joinedGroup(FigureContext context, Sentences.Sentence sentence, SurfaceFigure surface) {
        // a party's name, capitalised: not an adjective ("du coton ouzbek, la Turquie et la Chine")
        List<Mention> mentions = context.mentionsIn(sentence.start(), sentence.end()).stream()
                .filter(m -> Character.isUpperCase(context.text().charAt(m.start()))).toList();
        List<String> best = List.of();
        int bestDistance = Integer.MAX_VALUE;
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size() && joined(context.text(), mentions.get(j).end(), mentions.get(j + 1).start())) {
                j++;
            }
            if (j > i) {
                LinkedHashSet<String> codes = new LinkedHashSet<>();
                for (Mention m : mentions.subList(i, j + 1)) {
                    codes.add(m.code());
                }
                int distance = Math.min(Math.abs(surface.start() - mentions.get(j).end()),
                        Math.abs(mentions.get(i).start() - surface.end()));
                if (codes.size() >= 2 && distance < bestDistance) {
                    best = List.copyOf(codes);
                    bestDistance = distance;
                }
            }
            i = j + 1;
        }
        return best;
    }

    /** Whether only a comma or a conjunction, and articles, stand between two mentions. */
    private static boolean joined(String text, int from, int to) {
        if (to < from) {
            return false;
        }
        String between = text.substring(from, to);
        boolean joiner = between.indexOf(',') >= 0;
        for (Words.Word word : Words.split(between)) {
            if (CONJUNCTIONS.contains(word.folded())) {
                joiner = true;
            } else if (!ARTICLES.contains(word.folded())) {
                return false;
            }
        }
        return joiner;
    }
}
