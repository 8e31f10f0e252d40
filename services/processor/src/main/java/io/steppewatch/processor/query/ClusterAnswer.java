package io.steppewatch.processor.query;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An answer gathered from every processor instance. {@code partial} says some of the ledger could not be read
 * (an instance starting, stopping or rebalancing); {@code missingPartitions} names the store partitions left
 * out when they are known.
 */
public record ClusterAnswer<T>(T value, boolean partial, SortedSet<Integer> missingPartitions) {

    public ClusterAnswer {
        missingPartitions = new TreeSet<>(missingPartitions);
    }

    static <T> ClusterAnswer<T> of(T value, Set<Integer> missing, boolean partial) {
        return new ClusterAnswer<>(value, partial || !missing.isEmpty(), new TreeSet<>(missing));
    }

    /** The same completeness, another value. */
    <U> ClusterAnswer<U> with(U other) {
        return new ClusterAnswer<>(other, partial, missingPartitions);
    }
}
