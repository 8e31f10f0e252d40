package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * The parties of a count of persons, companies or entities that a sanction lists: the sanctioning party and the
 * countries the listed are from or based in, as the text gives them right after the count ("35 companies from Iran,
 * China and Armenia", "120 entities based across Kyrgyzstan and Russia", "28 компаний из России"); the sanctioning party
 * alone when the count names no country of its own (LABEL-FIXES, gold-zh and gold-zi read a second time: "sanctions
 * listings the sanctioning party and the listed countries, individuals of no named nationality `[EU]`"; decision 6: a
 * listing between the two).
 */
final class SanctionListings {

    /** Parties that sanction others in the texts: the union and the two states that list Russia's suppliers. */
    private static final Set<String> SANCTIONERS = Set.of("EU", "US", "GB");
    /** Beginnings of the nouns of what a sanction lists: persons, companies, entities, banks. */
    private static final Stems LISTED_NOUNS = Stems.copyOf(Words.foldAll(
            "individual", "person", "people", "entit", "compan", "firm", "bank", "organi", "legal",
            "физическ", "физлиц", "юридическ", "юрлиц", "компани", "организаци", "лиц", "человек", "банк",
            "personne", "individu", "societe", "entreprise", "banque",
            "тұлға", "жеке", "заңды",
            "kompaniya", "shaxs", "jismoniy", "yuridik"));
    /** Words between the count and the countries it is from: "from", "based across", "из", "originaires de". */
    private static final Set<String> ORIGIN_WORDS = WordSet.copyOf(Words.foldAll(
            "from", "based", "registered", "located", "across", "in",
            "из", "зарегистрированных", "базирующихся", "расположенных", "в",
            "de", "d", "du", "des", "originaires", "basees", "bases", "etablies", "enregistrees", "en", "provenance"));
    /** How many origin words may stand between the count and its first country ("based across", "en provenance de"). */
    private static final int ORIGIN_REACH = 3;
    /** Words that join the countries of one list: "and", "the", "et", "la", "и". */
    private static final Set<String> LIST_GLUE = WordSet.copyOf(Words.foldAll(
            "and", "the", "et", "la", "le", "les", "l", "du", "de", "d", "des", "и", "va", "мен",
            // a list that goes on with part of the listed (decision 42: "from Iran and several other states,
            // including Turkey, UAE", "из России и ряда других стран, в том числе", "dont", "notamment")
            "a", "number", "of", "other", "countries", "including", "such", "as",
            "ряда", "ряд", "других", "стран", "том", "числе", "в",
            "autres", "pays", "dont", "notamment", "plusieurs"));
    /** Words that join two groups of one listing: "18 individuals and 120 entities", "21 физическое и 42 юридических". */
    private static final Set<String> GROUP_JOINS = WordSet.copyOf(Words.foldAll("and", "и", "et", "va", "ва", "мен"));
    /** How many words may stand between the join and the second group's noun ("and more than 120 entities"). */
    private static final int GROUP_REACH = 5;

    private SanctionListings() {
    }

    /**
     * The sanctioning party (the sentence's, else the last one its paragraph names before the figure) and the
     * countries the count is from, for a count of persons or companies in a sentence of sanctions; null for any
     * other figure, when no sanctioning party is named, and when the parties {@code found} by the general rules
     * already hold a sanctioning party and the count names no country of its own (there they hold the target too:
     * "EU sanctions against Russia list 1,800 individuals and entities" is `[EU, RU]`).
     */
    static List<String> parties(SurfaceFigure figure, String text, List<Words.Word> words, int firstAfter,
                                List<Mention> sentence, List<Mention> paragraph, List<String> found) {
        if (!"count".equals(figure.unit()) || figure.noun() == null
                || !Words.startsWithAny(figure.noun(), LISTED_NOUNS)) {
            return null;
        }
        List<String> listed = countriesFrom(figure.end(), text, words, firstAfter, sentence);
        int afterGroup = listed.isEmpty() ? afterJoinedGroup(text, figure.end(), words, firstAfter) : -1;
        if (afterGroup > 0) {
            // "6 people and 40 firms in Armenia and Russia": one list of every group
            listed = countriesFrom(words.get(afterGroup - 1).end(), text, words, afterGroup, sentence);
        }
        if (listed.isEmpty() && found.stream().anyMatch(SANCTIONERS::contains)) {
            return null;
        }
        Set<String> parties = new LinkedHashSet<>();
        for (Mention m : sentence) {
            if (SANCTIONERS.contains(m.code()) && !listed.contains(m.code())) {
                parties.add(m.code());
            }
        }
        if (parties.isEmpty()) {
            Mention last = null;
            for (Mention m : paragraph) {
                if (m.start() < figure.start() && SANCTIONERS.contains(m.code())) {
                    last = m;
                }
            }
            if (last == null) {
                return null;
            }
            parties.add(last.code());
        }
        parties.addAll(listed);
        return List.copyOf(parties);
    }

    /**
     * The index of the word after the second group's noun where the count is followed by "and" and another count of the
     * listed ("18 individuals and more than 120 entities ..."), -1 otherwise.
     */
    private static int afterJoinedGroup(String text, int figureEnd, List<Words.Word> words, int firstAfter) {
        while (firstAfter < words.size() && Words.startsWithAny(words.get(firstAfter).folded(), LISTED_NOUNS)) {
            firstAfter++;   // the rest of the count's noun: "7 физических лиц и 15 компаний"
        }
        if (firstAfter >= words.size() || !GROUP_JOINS.contains(words.get(firstAfter).folded())
                || TextWalks.crossesClause(text, figureEnd, words.get(firstAfter).start())) {
            return -1;
        }
        boolean number = false;
        for (int i = firstAfter + 1; i < words.size() && i <= firstAfter + GROUP_REACH; i++) {
            String word = words.get(i).folded();
            if (Character.isDigit(word.charAt(0))) {
                number = true;
            } else if (number && Words.startsWithAny(word, LISTED_NOUNS)) {
                int next = i + 1;
                while (next < words.size() && Words.startsWithAny(words.get(next).folded(), LISTED_NOUNS)) {
                    next++;
                }
                return next;
            } else if (number) {
                return -1;
            }
        }
        return -1;
    }

    /** The countries of the list that origin words open right after the count's noun; empty when there is none. */
    private static List<String> countriesFrom(int figureEnd, String text, List<Words.Word> words, int firstAfter,
                                              List<Mention> sentence) {
        int i = firstAfter;
        int originEnd = -1;
        while (i < words.size() && i < firstAfter + ORIGIN_REACH && ORIGIN_WORDS.contains(words.get(i).folded())
                && !TextWalks.crossesClause(text, figureEnd, words.get(i).start())) {
            originEnd = words.get(i).end();
            i++;
        }
        List<String> listed = new ArrayList<>();
        if (originEnd < 0) {
            return listed;
        }
        int from = originEnd;
        for (Mention m : sentence) {
            if (m.start() < from) {
                continue;
            }
            boolean country = m.kind() == PlaceKind.COUNTRY || m.kind() == PlaceKind.BLOC;
            if (!country || !onlyGlue(text.substring(from, m.start()), !listed.isEmpty())) {
                break;
            }
            if (!listed.contains(m.code())) {
                listed.add(m.code());
            }
            from = m.end();
        }
        return listed;
    }

    /** Whether the text between two countries of a list holds only spaces, commas and joining words. */
    private static boolean onlyGlue(String gap, boolean commaAllowed) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!Character.isLetter(c) && !Character.isWhitespace(c) && c != '\'' && c != '’'
                    && !(commaAllowed && c == ',')) {
                return false;
            }
        }
        for (Words.Word word : Words.split(gap)) {
            if (!LIST_GLUE.contains(word.folded())) {
                return false;
            }
        }
        return true;
    }
}
