package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;

/**
 * The parties of a volume of gas a sentence has one country send to another while it names a third: one country
 * pledging so many cubic metres a year to a second in exchange for as much from a third, or a country passing gas on
 * to a neighbour that hands the same amount to a third (a swap and its two legs). LABEL-FIXES
 * decision 64 of round 39 gives each volume the supplier and the receiver the text gives for that volume (a swap's
 * leg its own two parties, the swap partner none) and decision 45 the seller and the buyer of any gas sale, never a
 * third country. The grammar names them: the country that is the subject of the verb of sending right before the
 * volume, and the country "to" names right after it; the third country stands in another clause.
 */
final class GasSaleLegs {

    private GasSaleLegs() {
    }

    /** A verb of sending gas (en, fr, ru), as the last word before the volume or a few words before it. */
    private static final Pattern SEND = Pattern.compile("(?iU)(?<!\\p{L})(?:suppl(?:y|ies|ied|ying)|deliver\\p{L}*"
            + "|transfer\\p{L}*|export(?:s|ed|ing)?|sen(?:d|ds|t|ding)|provid\\p{L}*|ship(?:s|ped|ping)?|pump\\p{L}*"
            + "|fourni\\p{L}*|livr\\p{L}*|transf[eé]r\\p{L}*|export\\p{L}*|achemin\\p{L}*|постав\\p{L}*|переда\\p{L}*"
            + "|экспорт\\p{L}*|прокач\\p{L}*)(?!\\p{L})");
    /** "to" before the receiver, after the volume and its gas words ("per year of natural gas to Iraq"). */
    private static final Pattern TO = Pattern.compile("(?iU)^(?:[^,;:.()]|[.,](?=\\d)){0,60}?(?<!\\p{L})(?:to|à|au|aux|в|во)\\s+"
            + "(?:(?:the|l['’]|la|le|les|neighbou?ring)\\s*)?$");
    /** How far before the verb its subject may stand ("Iran had committed to supply"). */
    private static final int SUBJECT_REACH = 40;
    /** How far before the volume the verb may stand ("to supply 1.5-2", "delivering an equivalent volume"). */
    private static final int VERB_REACH = 30;

    /**
     * The sender and the receiver of the gas volume at {@code [start, end)}, sender first, when its sentence names a
     * third country and the two are written as the subject of a verb of sending before the volume and after "to"
     * right after it; else null.
     */
    static List<String> legOf(int start, int end, String text, int sentenceStart, int sentenceEnd,
                              List<Mention> sentence) {
        if (countries(sentence) < 3) {
            return null;
        }
        String before = text.substring(Math.max(sentenceStart, start - VERB_REACH), start);
        Matcher verb = SEND.matcher(before);
        int verbAt = -1;
        while (verb.find()) {
            verbAt = verb.start();
        }
        if (verbAt < 0 || hasStop(before.substring(verbAt))) {
            return null;
        }
        int verbStart = Math.max(sentenceStart, start - VERB_REACH) + verbAt;
        Mention sender = null;
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && m.end() <= verbStart && verbStart - m.end() <= SUBJECT_REACH
                    && !hasStop(text.substring(m.end(), verbStart))) {
                sender = m; // the nearest before the verb
            }
        }
        Mention receiver = null;
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && m.start() >= end
                    && TO.matcher(text.substring(end, m.start())).matches()) {
                receiver = m;
                break;
            }
        }
        if (sender == null || receiver == null || sender.code().equals(receiver.code())) {
            return null;
        }
        return List.of(sender.code(), receiver.code());
    }

    private static int countries(List<Mention> sentence) {
        return (int) sentence.stream().filter(m -> m.kind() == PlaceKind.COUNTRY).map(Mention::code).distinct()
                .count();
    }

    private static boolean hasStop(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '«' || c == '"') {
                return true;
            }
        }
        return false;
    }
}
