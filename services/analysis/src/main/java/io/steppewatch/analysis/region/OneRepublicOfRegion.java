package io.steppewatch.analysis.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Words;

/**
 * "La république d'Asie centrale", "ce pays d'Asie centrale", "the Central Asian country", "центральноазиатская
 * республика": the region's name in a singular phrase of one state stands for one country the text has named, not for
 * Central Asia's five. Such a mention is read as the Central Asian country the text named last before it (the
 * headline first), so a figure about "the Central Asian republic" is that country's.
 */
public final class OneRepublicOfRegion {

    private OneRepublicOfRegion() {
    }

    private static final String REGION = "REGION";
    private static final Set<String> CENTRAL_ASIA = Set.of("KG", "KZ", "TJ", "TM", "UZ");

    /** Nouns of one state, folded, as they stand before "d'Asie centrale" or after "Central Asian". */
    private static final Set<String> STATE_NOUNS = Set.copyOf(Words.foldAll("republique", "pays", "etat", "nation",
            "republic", "country", "nation", "state"));

    /** French determiners of one ("ce pays", "le pays", "du pays"); "pays" is the same word in the plural. */
    private static final Set<String> SINGULAR_DETERMINERS = Set.copyOf(Words.foldAll("ce", "cet", "cette", "le", "la",
            "l", "du", "au", "un", "une", "seul", "seule"));

    /** Russian nouns of one state, folded, in any case of the singular after a singular adjective. */
    private static final List<String> RUSSIAN_STATE_STEMS = Words.foldAll("республик", "стран", "государств");

    /** Singular endings of the Russian adjective "центральноазиатский". */
    private static final List<String> SINGULAR_ENDINGS = List.of("ая", "ой", "ую", "ое", "ого", "ом", "ому", "ий",
            "ым");

    /**
     * The body's mentions with each singular "Central Asian state" read as the Central Asian country named last before
     * it (in the body, else the headline); a mention with no such country before it stays the region.
     */
    public static List<Mention> resolve(List<Mention> titleMentions, List<Mention> body, List<Words.Word> words) {
        List<Mention> resolved = null;
        String last = lastCentralAsian(titleMentions, Integer.MAX_VALUE, null);
        for (int k = 0; k < body.size(); k++) {
            Mention m = body.get(k);
            if (REGION.equals(m.code()) && m.kind() == PlaceKind.REGION && last != null && namesOneState(m, words)) {
                if (resolved == null) {
                    resolved = new ArrayList<>(body);
                }
                resolved.set(k, new Mention(last, PlaceKind.COUNTRY, m.start(), m.end()));
                continue;
            }
            if (m.kind() == PlaceKind.COUNTRY && CENTRAL_ASIA.contains(m.code())) {
                last = m.code();
            }
        }
        return resolved == null ? body : resolved;
    }

    private static String lastCentralAsian(List<Mention> mentions, int before, String otherwise) {
        String last = otherwise;
        for (Mention m : mentions) {
            if (m.start() < before && m.kind() == PlaceKind.COUNTRY && CENTRAL_ASIA.contains(m.code())) {
                last = m.code();
            }
        }
        return last;
    }

    /** Whether the region's name stands in a singular phrase of one state. */
    static boolean namesOneState(Mention m, List<Words.Word> words) {
        int first = indexAt(words, m.start());
        int last = indexAt(words, m.end() - 1);
        if (first < 0 || last < 0) {
            return false;
        }
        String name = words.get(first).folded();
        // "la république d'Asie centrale", "ce pays d'Asie centrale"
        if (name.equals("asie") && first >= 2 && words.get(first - 1).folded().equals("d")) {
            String noun = words.get(first - 2).folded();
            if (noun.equals("republique") || noun.equals("etat") || noun.equals("nation")) {
                return first < 3 || !words.get(first - 3).folded().equals("les");
            }
            // (one adjective may stand between: "ce petit pays d'Asie centrale")
            return noun.equals("pays") && (first >= 3 && SINGULAR_DETERMINERS.contains(words.get(first - 3).folded())
                    || first >= 4 && SINGULAR_DETERMINERS.contains(words.get(first - 4).folded())
                    && !words.get(first - 3).folded().endsWith("s"));
        }
        // "the Central Asian country", "a Central Asian republic"
        if (name.equals("central") && last + 1 < words.size() && words.get(last).folded().equals("asian")) {
            String noun = words.get(last + 1).folded();
            return STATE_NOUNS.contains(noun) && !noun.equals("pays") && !noun.equals("republique");
        }
        // "центральноазиатская республика", "центральноазиатской страны"
        if (name.startsWith("центральноазиатск") && first == last && last + 1 < words.size()) {
            boolean singular = SINGULAR_ENDINGS.stream().anyMatch(name::endsWith);
            String noun = words.get(last + 1).folded();
            return singular && Words.startsWithAny(noun, RUSSIAN_STATE_STEMS);
        }
        return false;
    }

    private static int indexAt(List<Words.Word> words, int offset) {
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Words.Word w = words.get(mid);
            if (w.end() <= offset) {
                lo = mid + 1;
            } else if (w.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
