package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.Words;

/**
 * Kazakh oil carried on the Baku–Tbilisi–Ceyhan pipeline: the shipper, then the line's three countries (LABEL-FIXES
 * decision 4 of round 28: "Kazakh oil through the BTC is [KZ, AZ, GE, TR]"). The line's own reading leaves out the
 * shipper when the sentence names it by a firm or a field (two oil firms agreeing on a tonnage a year from a named
 * field toward the Baku-Tbilisi-Ceyhan line), and a sentence that names only the shipper or Azerbaijan loses the line
 * the sentence before or the headline named (a headline on the first Kashagan oil sent through the BTC, then a
 * sentence on how much Kashagan oil a year it lets pass).
 * A port's own handling (a port's oil handling up because Kazakh oil was sent toward the BTC) stays
 * the port's, and a sentence that names another way or party (Supsa, Makhachkala, the CPC, Russia, China) is not
 * read. Stateless.
 */
final class KazakhOilOnBtc {

    private KazakhOilOnBtc() {
    }

    /** The shipper and the line's countries, sorted as every subject list is. */
    static final List<String> KAZAKH_OIL_ON_BTC = List.of("AZ", "GE", "KZ", "TR");
    private static final List<String> BTC = List.of("AZ", "GE", "TR");
    /**
     * Turkmen oil shipped across the Caspian with the Kazakh ("нефть Казахстана и Туркменистана ... через БТД"): a
     * second shipper of the same way, taken before the line's countries as decision 4 says (round 48).
     */
    static final List<String> KAZAKH_AND_TURKMEN_OIL_ON_BTC = List.of("AZ", "GE", "KZ", "TM", "TR");

    private static final Stems OIL_STEMS = Stems.copyOf(Words.foldAll("oil", "crude", "нефт", "petrole", "brut",
            "мұнай", "neft"));
    /**
     * Kazakh oil firms and fields: the oil they ship or yield is Kazakh oil. Not KazTransOil: the pipeline operator
     * carries the oil of others too (Russian oil in transit), as a line's operator owns no goods ({@link GoodsOwners}).
     */
    private static final Stems KAZAKH_SHIPPER_STEMS = Stems.copyOf(Words.foldAll("kazmunaygas", "kazmunaigas",
            "kazmunaigaz", "kazmunaygaz", "kmg", "tengiz", "kashagan", "karachaganak", "казмунайгаз", "кмг",
            "тенгиз", "кашаган", "карачаганак", "qazmunaigaz"));
    /** Words that name the pipeline by its end port or its initials (Russian "БТД": Баку–Тбилиси–Джейхан). */
    private static final Stems BTC_STEMS = Stems.copyOf(Words.foldAll("ceyhan", "джейхан", "btc", "бтд"));
    /** Another way out for Kazakh oil, or a port's own handling: the sentence is not about BTC freight alone. */
    private static final Stems OTHER_WAY_STEMS = Stems.copyOf(Words.foldAll("supsa", "супс", "makhachkala",
            "махачкал", "novorossiysk", "новороссийск", "cpc", "ктк", "samara", "самар", "druzhba", "дружб",
            "droujba", "atasu", "атасу", "transship", "tranship", "handl", "throughput", "перевал", "transbord",
            "berth", "причал", "terminal", "терминал"));

    private static final Set<String> PORT_WORDS = Set.copyOf(Words.foldAll("port", "ports",
            "порт", "порта", "порту", "портом", "порты", "портов", "porti"));

    /**
     * {@code [KZ, AZ, GE, TR]} for Kazakh oil on the BTC, else null: a {@code cargo.volume} or {@code cargo.capacity}
     * figure whose sentence speaks of oil, names a Kazakh shipper (a Kazakh country mention, a Kazakh firm or field)
     * and no party but Kazakhstan, Turkmenistan (a second shipper: then {@code [KZ, TM, AZ, GE, TR]}) and the line's
     * countries, while the sentence, the one before or the headline's route names the BTC.
     */
    static List<String> of(String metric, int from, int to, int beforeFrom, List<Words.Word> words,
                           List<Mention> sentence, List<String> articleRoute) {
        if (!metric.equals("cargo.volume") && !metric.equals("cargo.capacity")) {
            return null;
        }
        boolean oil = false;
        boolean firm = false;
        boolean btcHere = false;
        for (int i = from; i < to; i++) {
            String w = words.get(i).folded();
            if (Words.startsWithAny(w, OTHER_WAY_STEMS)) {
                return null;
            }
            oil |= Words.startsWithAny(w, OIL_STEMS);
            firm |= Words.startsWithAny(w, KAZAKH_SHIPPER_STEMS);
            btcHere |= Words.startsWithAny(w, BTC_STEMS);
        }
        if (!oil) {
            return null;
        }
        boolean kazakh = firm;
        boolean turkmen = false;
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.CORRIDOR || m.kind() == PlaceKind.BLOC) {
                return null;
            }
            if (Subjects.REGION.equals(m.code()) || m.kind() == PlaceKind.LEADER) {
                continue;
            }
            if (m.code().equals("TM") && m.kind() == PlaceKind.COUNTRY) {
                turkmen = true; // a second Caspian shipper of the same oil
                continue;
            }
            if (!KAZAKH_OIL_ON_BTC.contains(m.code())) {
                return null;
            }
            kazakh |= m.code().equals("KZ") && m.kind() == PlaceKind.COUNTRY;
        }
        if (!kazakh) {
            return null;
        }
        boolean btcBefore = false;
        for (int i = Math.max(0, beforeFrom); i < from && !btcBefore; i++) {
            btcBefore = Words.startsWithAny(words.get(i).folded(), BTC_STEMS);
        }
        List<String> shipped = turkmen ? KAZAKH_AND_TURKMEN_OIL_ON_BTC : KAZAKH_OIL_ON_BTC;
        if (btcHere || btcBefore) {
            return shipped;
        }
        // the line the headline names: not for a port's own freight (Kazakh oil "for export from the port" of Aktau
        // under "Oil transit from Aktau port to Baku" is all that leaves the port, whatever way it takes after)
        for (int i = from; i < to; i++) {
            if (PORT_WORDS.contains(words.get(i).folded())) {
                return null;
            }
        }
        return BTC.equals(articleRoute) ? shipped : null;
    }
}
