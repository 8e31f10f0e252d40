package io.steppewatch.processor.ledger;

import java.util.List;

import io.steppewatch.avro.KnownFigure;

/**
 * The ledger's decision on a figure, with the known figures it was compared with (newest first) and the
 * relative change in percent from the latest comparable one, when there is one.
 */
public record Judgement(Verdict verdict, List<KnownFigure> compared, Double change) {

    public Judgement {
        compared = List.copyOf(compared);
    }

    static Judgement of(Verdict verdict) {
        return new Judgement(verdict, List.of(), null);
    }
}
