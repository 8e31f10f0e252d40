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
 * A count of one country's own banks or firms keeps that country alone (decision 6: an `other` figure takes the
 * parties of what it counts). The counted noun carries its owner as an adjective or a genitive right beside it ("ten
 * Kyrgyz commercial banks", "10 банков Киргизии", "42 мың қазақстандық компания", "400 local Kyrgyz companies"); a
 * second country the same sentence names as the owner of another noun ("stopped serving Russian cards", "transfers to
 * the banks of Russia", "Chinese firms") is no party of the count. Left alone: a count whose sentence names the other
 * country as the host or the partner ("companies in Kazakhstan", "cooperation with Uzbekistan", "with their Uzbek
 * partners"), foreign capital or joint firms ("with Russian capital", "joint ventures": both sides, decision 45), and
 * parties the sentence does not name (a sanctioning state's, the headline's: other rules decide those).
 * Changes only counts read `other` or `companies.count`. Runs over an article's annotated figures. Stateless.
 */
final class OwnFirmCounts {

    private OwnFirmCounts() {
    }

    /** Beginnings of the nouns of banks and firms, looked up first (cheap) on the lower-cased sentence. */
    private static final List<String> FIRM_KEYS = List.of("bank", "банк", "banque", "compan", "компани", "firm",
            "фирм", "enterprise", "entreprise", "предприяти", "société", "kompaniya", "korxona", "кәсіпорын");

    /** From a count's number: at most five words, then the noun of a bank or a firm. */
    private static final Pattern FIRM = Pattern.compile("^\\S+\\s+(?:[\\p{L}\\-]+\\s+){0,5}?"
            + "(?:bank|банк|banque|compan|компани|firm|фирм|enterprise|entreprise|предприяти|société|kompaniya"
            + "|korxona|кәсіпорын)\\p{L}*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words of foreign capital or joint firms: the count then belongs to both sides. */
    private static final List<String> SHARED = List.of("capital", "капитал", "joint", "совместн", "participation",
            "участи", "ishtirok", "бірлеск", "conjoint", "mixte");

    /**
     * Words of sanctions: written before the count, they are laid on the counted firms and the sanctioning state is a
     * party ("imposed sanctions on 3 Kyrgyz companies", "ввела санкции против", "a sanctionné"; {@link
     * SanctionedHomes}); after it, they are what the firms avoid ("to avoid secondary sanctions").
     */
    private static final List<String> SANCTIONS = List.of("sanction", "санкци", "sanksiya", "blacklist",
            "entity list", "liste noire");

    /** English adjectives of nationality by their endings ("Russian", "Chinese", "Turkish", "Pakistani"). */
    private static final Pattern ENGLISH_ADJECTIVE = Pattern.compile("(?:an|ese|ish|i)$");

    /** Words that may not stand between the number and the noun: the noun is then another's ("microchips to a firm"). */
    private static final Pattern NOT_OWN_NOUN = Pattern.compile("(?:^|\\s)(?:to|a|an|the|of|for|from|with|by|at|in"
            + "|à|au|aux|de|du|des|un|une|le|la|les|pour|avec|в|во|на|с|со|из|для|по|от|к)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A preposition before a country (an article or a possessive may stand between): the country is then the host, the
     * partner, the source or the destination of the firms or of what they do, not a bare owner of another noun.
     */
    private static final Pattern HOST_OR_PARTNER = Pattern.compile("(?:^|[^\\p{L}])(?:in|into|to|from|for|with|within"
            + "|of|through|via|by|at|on|against|au|aux|en|à|de|du|des|d['’]|avec|dans|vers|pour|par|contre|в|во|на|с|со"
            + "|из|от|к|ко|для|по|через|между|против|bilan|uchun)"
            + "(?:\\s+(?:the|its|their|his|le|la|les|l['’]|leurs?|ses|их|своими|своих|своим))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Kazakh and Uzbek locative endings: the country written as the place where ("Қазақстанда", "O'zbekistonda"). */
    private static final Pattern LOCATIVE = Pattern.compile("(?:да|де|та|те|da|de|ta|te)$");

    /** How far before a country its host or partner words are looked for. */
    private static final int LOOK_BACK = 24;

    /** The figures with every count of one country's own banks or firms freed of the other nouns' countries. */
    static List<ExtractedFigure> withOwners(List<ExtractedFigure> figures, String text,
                                            List<Sentences.Sentence> sentences, List<Mention> mentions) {
        List<ExtractedFigure> result = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || f.subjects().size() < 2 || !"count".equals(f.unit())
                    || !("other".equals(f.metric()) || "companies.count".equals(f.metric()))) {
                continue;
            }
            String lower = f.sentence().toLowerCase(Locale.ROOT);
            if (!TextWalks.containsAny(lower, FIRM_KEYS) || TextWalks.containsAny(lower, SHARED)) {
                continue;
            }
            int at = lower.indexOf(f.text().toLowerCase(Locale.ROOT));
            if (TextWalks.containsAny(at < 0 ? lower : lower.substring(0, at), SANCTIONS)) {
                continue;
            }
            List<String> owned = owned(f, text, sentences, mentions);
            if (owned == null || owned.equals(f.subjects())) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(owned));
        }
        return result == null ? figures : result;
    }

    /**
     * Whether a country is written as an adjective, the owner of a noun beside it: in lower case in Russian, Kazakh,
     * French, Uzbek ("российские", "ресейлік", "chinoises"), by its ending in English ("Russian", "Chinese"); a
     * country written as a noun ("Великобритания", "The United Kingdom", "России") may be the one acting on the firms.
     */
    private static boolean adjective(String word) {
        return !word.isEmpty() && (Character.isLowerCase(word.charAt(0)) || ENGLISH_ADJECTIVE.matcher(word).find());
    }

    /** The count's parties without the countries of other nouns of its sentence, or null when it has no owner. */
    private static List<String> owned(ExtractedFigure f, String text, List<Sentences.Sentence> sentences,
                                      List<Mention> mentions) {
        Sentences.Sentence sentence = Sentences.containing(sentences, f.offset());
        if (sentence == null) {
            return null;
        }
        String rest = text.substring(f.offset(), Math.min(sentence.end(), f.offset() + f.text().length() + 80));
        Matcher m = FIRM.matcher(rest);
        if (!m.find()) {
            return null;
        }
        if (NOT_OWN_NOUN.matcher(m.group()).find()) {
            return null;
        }
        int nounEnd = f.offset() + m.end();
        String owner = null;
        List<Mention> others = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.start() < sentence.start() || mention.start() >= sentence.end()) {
                continue;
            }
            if (mention.kind() != PlaceKind.COUNTRY) {
                return null; // a bloc, region or corridor beside: its own rules
            }
            boolean qualifies = (mention.start() > f.offset() && mention.end() <= nounEnd)
                    || (mention.start() >= nounEnd && mention.start() <= nounEnd + 1
                    && text.substring(nounEnd, mention.start()).isBlank());
            if (qualifies) {
                if (owner != null && !owner.equals(mention.code())) {
                    return null; // "Kazakh and Uzbek firms": two owners
                }
                owner = mention.code();
            } else {
                others.add(mention);
            }
        }
        if (owner == null || !f.subjects().contains(owner)) {
            return null;
        }
        TreeSet<String> dropped = new TreeSet<>();
        for (Mention other : others) {
            if (other.code().equals(owner)) {
                continue;
            }
            String before = text.substring(Math.max(sentence.start(), other.start() - LOOK_BACK), other.start());
            int wordEnd = other.end();
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = text.substring(other.start(), wordEnd);
            if (HOST_OR_PARTNER.matcher(before).find() || LOCATIVE.matcher(word).find() || !adjective(word)) {
                return null; // the host or the partner of the counted firms, or a country acting on them
            }
            dropped.add(other.code());
        }
        if (dropped.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String s : f.subjects()) {
            if (!dropped.contains(s)) {
                kept.add(s);
            }
        }
        return kept.isEmpty() ? null : List.copyOf(kept);
    }
}
