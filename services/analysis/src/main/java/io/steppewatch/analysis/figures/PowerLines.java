package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 22 of round 34: the length of a power transmission line or of a cable ("the 260-km power transmission line",
 * "130 kilometers of high-voltage lines", "ЛЭП 500 кВ протяженностью 300 км", "la ligne électrique de 750 km", "the
 * fibre-optic line, spanning 380 kilometers") is `km` `other`: the standard's `route.length` is the length of a route,
 * railway, road or pipeline, a way goods or travellers move along, and a power line or a cable is none of them. The
 * line a length measures is the nearest name of a line in its sentence: a word of power lines or cables, or a word of
 * the ways the standard names (a pipeline stays `route.length`; a railway beside a power line keeps its length).
 * A canal is measured the same way (gold-zc's written decision, kept by gold-zj: "the Qosh Tepa canal's lengths and
 * works are `km` `other` (a canal is no route, railway, road or pipeline)"): "длина канала составит 285 км", "the
 * 285-km canal", "le canal de 285 km"; a ship canal named as such (Suez, Panama) is a sea route, not such a canal.
 */
final class PowerLines {

    /** Single words that name a power line or a cable, folded ("transmission line", "high-voltage", "ЛЭП"). */
    private static final Set<String> POWER_WORDS = Set.copyOf(Words.foldAll("transmission", "voltage", "лэп", "cable",
            "cables", "câble", "câbles", "fiber", "fibre", "optic", "uzatish", "узатиш", "эбж"));
    private static final List<String> POWER_STEMS = Words.foldAll("электропередач", "высоковольт", "кабел", "оптоволок",
            "волоконно");
    /** Two words that name a power line together ("power line", "ligne électrique", "haute tension", "электр беру"). */
    private static final Set<String> POWER_PAIRS = Set.copyOf(List.of("power line", "power lines", "energy line",
            "electricity line", "ligne electrique", "lignes electriques", "haute tension", "электр беру", "elektr beru",
            "elektr bery", "elektr uzatish"));
    /** Words that name a canal, folded ("canal", "canaux", "kanali"; Russian, Kazakh and Uzbek Cyrillic "канал*"). */
    private static final Set<String> CANAL_WORDS = Set.copyOf(Words.foldAll("canal", "canals", "canaux", "kanal",
            "kanali", "kanalı"));
    private static final List<String> CANAL_STEMS = Words.foldAll("канал");
    /**
     * The ship canals that are a sea route goods move along ("des routes maritimes par le canal de Suez, longues
     * de quelque 12 000 km", "via the Suez Canal"): a canal so named, within two words, is a way, not a canal above.
     */
    private static final List<String> SHIP_CANAL_STEMS = Words.foldAll("suez", "panam", "суэц", "панам", "suvaysh",
            "сувайш");
    private static final int SHIP_CANAL_REACH = 2;
    /** Kilovolts as written ("500-kV", "220 кВ"): lower-case "кв" is a square ("кв. км"), so the raw form is asked. */
    private static final Set<String> KILOVOLTS = Set.of("kV", "KV", "кВ", "КВ");
    /** Words of the ways the standard's route length names: pipelines, railways, roads. */
    private static final Set<String> WAY_WORDS = Set.copyOf(Words.foldAll("pipeline", "pipelines", "railway",
            "railways", "railroad", "railroads", "rail", "road", "roads", "highway", "highways", "motorway", "track",
            "gazoduc", "gazoducs", "oleoduc", "oleoducs", "oléoduc", "oléoducs", "ferroviaire", "autoroute", "quvur",
            "құбыр", "құбыры", "quvuri"));
    private static final List<String> WAY_STEMS = Words.foldAll("трубопровод", "газопровод", "нефтепровод", "железн",
            "дорог", "автодорог", "теміржол", "temir");

    private PowerLines() {
    }

    /** Whether the line the length measures, the nearest named in its sentence, is a power line, a cable or a canal. */
    static boolean measuresAPowerLine(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        List<Words.Word> words = context.wordsOf(sentence);
        return nearerThanAWay(figure, words, i -> namesAPowerLine(words, i),
                i -> WAY_WORDS.contains(words.get(i).folded()) || Words.startsWithAny(words.get(i).folded(), WAY_STEMS));
    }

    /**
     * Whether a word that {@code named} accepts stands nearer the figure, in characters, than every word that {@code way}
     * accepts (a way the standard's `route.length` names); a word both accept counts as {@code named}. The thing a
     * length measures is the nearest thing its sentence names (shared with {@link NoWayLengths}).
     */
    static boolean nearerThanAWay(SurfaceFigure figure, List<Words.Word> words, IntPredicate named, IntPredicate way) {
        int nearestNamed = Integer.MAX_VALUE;
        int nearestWay = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            int distance = word.end() <= figure.start() ? figure.start() - word.end()
                    : word.start() >= figure.end() ? word.start() - figure.end() : 0;
            if (distance >= nearestNamed && distance >= nearestWay) {
                continue;
            }
            if (named.test(i)) {
                nearestNamed = Math.min(nearestNamed, distance);
            } else if (way.test(i)) {
                nearestWay = Math.min(nearestWay, distance);
            }
        }
        return nearestNamed < nearestWay;
    }

    /** Whether the canal word at {@code i} is named as a ship canal (see {@link #SHIP_CANAL_STEMS}). */
    private static boolean namesAShipCanal(List<Words.Word> words, int i) {
        for (int j = Math.max(0, i - SHIP_CANAL_REACH); j < words.size() && j <= i + SHIP_CANAL_REACH; j++) {
            if (Words.startsWithAny(words.get(j).folded(), SHIP_CANAL_STEMS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAPowerLine(List<Words.Word> words, int i) {
        Words.Word word = words.get(i);
        if (POWER_WORDS.contains(word.folded()) || Words.startsWithAny(word.folded(), POWER_STEMS)
                || KILOVOLTS.contains(word.raw())) {
            return true;
        }
        if (CANAL_WORDS.contains(word.folded()) || Words.startsWithAny(word.folded(), CANAL_STEMS)) {
            return !namesAShipCanal(words, i);
        }
        return i + 1 < words.size() && POWER_PAIRS.contains(word.folded() + " " + words.get(i + 1).folded());
    }
}
