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
            "and", "the", "et", "la", "le", "les", "l", "du", "de", "d", "des", "и", "va", "мен"));

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
