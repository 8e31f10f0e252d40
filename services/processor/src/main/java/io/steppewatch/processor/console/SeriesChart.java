package io.steppewatch.processor.console;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Measure;
import io.steppewatch.processor.ledger.Period;

/**
 * The points of one chart: the dated figures of a series that share a measure and a unit, placed at the
 * end of their period, split into baseline, learned and the one new point. It is handed to the page as
 * JSON in a data attribute and drawn by uPlot; undated figures stay in the table only.
 */
public final class SeriesChart {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One figure of the series and which group it belongs to. */
    public record Point(KnownFigure figure, String origin) {
    }

    private record Placed(long x, double y, String origin, String label) {
    }

    private final String title;
    private final String unit;
    private final List<Placed> points;

    private SeriesChart(String title, String unit, List<Placed> points) {
        this.title = title;
        this.unit = unit;
        this.points = points;
    }

    /** The chart of {@code points} whose measure and unit are the given ones. */
    public static SeriesChart of(String title, Measure measure, String unit, List<Point> points) {
        List<Placed> placed = new ArrayList<>();
        for (Point point : points) {
            KnownFigure figure = point.figure();
            if (figure.getMeasure() != measure || !figure.getUnit().equals(unit)) {
                continue;
            }
            Optional<Period> period = Period.parse(figure.getPeriod());
            period.ifPresent(p -> placed.add(new Placed(p.end().atStartOfDay().toEpochSecond(ZoneOffset.UTC),
                    figure.getValue(), point.origin(), figure.getPeriod() + " · " + figure.getSource())));
        }
        placed.sort(Comparator.comparingLong(Placed::x));
        // uPlot wants increasing x: two figures of one period sit an hour apart instead of on top of each other.
        List<Placed> spread = new ArrayList<>();
        long last = Long.MIN_VALUE;
        for (Placed point : placed) {
            long x = Math.max(point.x(), last + 3600);
            spread.add(new Placed(x, point.y(), point.origin(), point.label()));
            last = x;
        }
        return new SeriesChart(title, unit, spread);
    }

    /** How many points the chart draws. */
    public int size() {
        return points.size();
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public String title() {
        return title;
    }

    /** {@code {"title","unit","x":[...],"series":{"baseline":[...],"learned":[...],"new":[...]},"labels":[...]}}. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        root.put("unit", unit);
        ArrayNode x = root.putArray("x");
        ArrayNode labels = root.putArray("labels");
        ObjectNode series = root.putObject("series");
        List<String> origins = List.of("baseline", "learned", "new");
        for (String origin : origins) {
            series.putArray(origin);
        }
        for (Placed point : points) {
            x.add(point.x());
            labels.add(point.label());
            for (String origin : origins) {
                ArrayNode values = (ArrayNode) series.get(origin);
                if (origin.equals(point.origin())) {
                    values.add(point.y());
                } else {
                    values.addNull();
                }
            }
        }
        return root.toString();
    }
}
