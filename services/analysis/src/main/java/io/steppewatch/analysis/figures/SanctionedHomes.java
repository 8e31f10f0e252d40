package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;

/**
 * The persons and firms a sanctions act lists are counted with the countries they come from (decision 6: an `other`
 * figure takes the parties of what it counts; decision 60 of round 38: companies listed or sanctioned): "the new
 * penalties hit 12 people and 30 firms from Russia, Iran and Uzbekistan", "Londres inscrit 40 sociétés de Chine et de
 * Turquie sur sa liste", "70 entities from Russia and several other states, India and Kazakhstan among them". The
 * sentence's grammar is the sign: a count of persons or entities, then a preposition of origin ("from", "based in",
 * "de", "basées en", "из"), then the list of countries. Such a count in a sentence of sanctions or restrictions keeps
 * its parties (the authority that acts) and takes every country the list names, up to the end of the sentence or an
 * attribution ("according to", "selon", "сообщ..."). "Across 17 jurisdictions, including India, China" is no origin
 * and is left (the labels keep such jurisdictions out). Runs over an article's annotated figures once they are all known; changes only `other`
 * figures in counts. Stateless.
 */
final class SanctionedHomes {

    private SanctionedHomes() {
    }

    /** Sanctions or restrictions, looked up in the lower-cased sentence before any pattern runs. */
    private static final List<String> ACTS = List.of("sanction", "санкц", "sanksiya", "blacklist", "liste noire",
            "черный список", "чёрный список", "restricti", "ограничен", "embargo");

    /**
     * Right after the count, in its clause (no comma between): the persons or entities counted, and right after their
     * noun a preposition of origin ("entities from", "entreprises de", "компаний из"); the country list starts where
     * the match ends. "entités liées à l'invasion de l'Ukraine" or "20 китайских организаций, ... фирм из ОАЭ" are no
     * such list.
     */
    private static final Pattern COUNTED_FROM = Pattern.compile("^[^.;:!?,]{0,50}?(?<!\\p{L})"
            + "(?:individual|entit|compan|firm|person|organi[sz]ation|individus|entreprise|sociétés|organisation"
            + "|лиц|компани|организац|фирм)"
            + "\\p{L}*\\s+(?:from|based in|located in|registered in|de(?!\\p{L})|d['’]"
            + "|basée?s? en|basée?s? au|établie?s? en|из(?!\\p{L})|зарегистрированн\\S* в)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How far after the preposition, in characters, the first country of the list must start. */
    private static final int LIST_START = 12;

    /** An attribution that ends the list: its own country is the source's, not a home of the targets. */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?:according to|\\bselon\\b|\\bindique|\\bsaid\\b"
            + "|\\breported\\b|сообщ|заяв|по данным)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The figures with each `other` count of sanctioned persons or entities given the countries they come from. */
    static List<ExtractedFigure> withHomes(List<ExtractedFigure> figures, String text,
                                           List<Sentences.Sentence> sentences, List<Mention> mentions) {
        List<ExtractedFigure> result = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || !"count".equals(f.unit()) || !"other".equals(f.metric())
                    || !namesAnAct(f.sentence())) {
                continue;
            }
            Sentences.Sentence sentence = Sentences.containing(sentences, f.offset());
            if (sentence == null) {
                continue;
            }
            int after = Math.min(sentence.end(), f.offset() + f.text().length());
            String rest = text.substring(after, sentence.end());
            Matcher m = COUNTED_FROM.matcher(rest);
            if (!m.find()) {
                continue;
            }
            int listStart = after + m.end();
            int listEnd = sentence.end();
            Matcher attribution = ATTRIBUTION.matcher(text.substring(listStart, listEnd));
            if (attribution.find()) {
                listEnd = listStart + attribution.start();
            }
            TreeSet<String> homes = new TreeSet<>();
            boolean first = true;
            for (Mention mention : mentions) {
                if (mention.start() < listStart || mention.start() >= listEnd
                        || mention.kind() != PlaceKind.COUNTRY) {
                    continue;
                }
                if (first && mention.start() - listStart > LIST_START) {
                    break;
                }
                first = false;
                homes.add(mention.code());
            }
            if (homes.isEmpty() || f.subjects().containsAll(homes)) {
                continue;
            }
            homes.addAll(f.subjects());
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(List.copyOf(homes)));
        }
        return result == null ? figures : result;
    }

    private static boolean namesAnAct(String sentence) {
        return TextWalks.containsAny(sentence.toLowerCase(Locale.ROOT), ACTS);
    }
}
