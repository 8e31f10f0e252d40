package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * The standard's `route.length` is the "length of a route, railway, road or pipeline": a way goods or travellers move
 * along. A length the sentence gives to a thing that is none of them is `km` `other`, whatever route cue stands
 * near it: a tunnel or a bridge built on a line (a structure of the line, not the line: gold-a, gold-d and gold-e keep the
 * summed lengths of a line's tunnels and bridges `other`), a queue of vehicles ("the jam of lorries
 * reaches 4 km": gold-n's and gold-r's queues, the border-length side of which the `queue` rule of
 * {@code FigureAnnotator} already reads), or a channel laid for data (gold-zt: a reserve channel beside the submarine
 * cable, whose cable length {@link PowerLines} already reads `other`). As in {@link PowerLines}, the thing a length
 * measures is the nearest of these or of the ways the standard names in its sentence; a way as near or nearer keeps
 * the length (a railway of 400 km said to need twenty tunnels). The figure keeps the parties of the length it
 * was read as (the countries of the crossing a queue stands at).
 */
final class NoWayLengths {

    private NoWayLengths() {
    }

    /** Single words of things that are no way: tunnels, bridges, queues, channels. */
    private static final Set<String> THING_WORDS = Set.copyOf(Words.foldAll("tunnel", "tunnels", "bridge", "bridges",
            "viaduct", "viaducts", "pont", "ponts", "viaduc", "viaducs", "queue", "queues", "jam", "jams", "lineup",
            "tailback", "channel", "channels", "tunel", "tunneli", "ko'prik", "koprik", "ko'prigi", "navbat"));
    private static final List<String> THING_STEMS = Words.foldAll("тоннел", "туннел", "мост", "очеред", "пробк",
            "көпір", "кезек", "tirbandlik", "кўприк");
    /** Two words that name a queue together ("line-up", "file d'attente"). */
    private static final Set<String> THING_PAIRS = Set.of("line up", "file d");
    /** Words of the ways the standard names: pipelines, railways, roads, routes. */
    private static final Set<String> WAY_WORDS = Set.copyOf(Words.foldAll("pipeline", "pipelines", "railway",
            "railways", "railroad", "railroads", "rail", "road", "roads", "highway", "highways", "motorway", "track",
            "route", "routes", "chemin", "chemins", "gazoduc", "gazoducs", "oleoduc", "oleoducs", "ferroviaire",
            "autoroute", "quvur", "құбыр", "құбыры", "quvuri"));
    private static final List<String> WAY_STEMS = Words.foldAll("трубопровод", "газопровод", "нефтепровод", "железн",
            "дорог", "автодорог", "теміржол", "temir", "маршрут");

    /** Whether the thing a `route.length` figure measures, the nearest named in its sentence, is no way. */
    static boolean measuresNoWay(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        List<Words.Word> words = context.wordsOf(sentence);
        return PowerLines.nearerThanAWay(figure, words, i -> namesAThing(words, i), i -> {
            String folded = words.get(i).folded();
            return WAY_WORDS.contains(folded) || Words.startsWithAny(folded, WAY_STEMS);
        });
    }

    private static boolean namesAThing(List<Words.Word> words, int i) {
        String folded = words.get(i).folded();
        return THING_WORDS.contains(folded) || Words.startsWithAny(folded, THING_STEMS)
                || i + 1 < words.size() && THING_PAIRS.contains(folded + " " + words.get(i + 1).folded());
    }
}
