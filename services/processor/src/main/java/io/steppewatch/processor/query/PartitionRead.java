package io.steppewatch.processor.query;

import java.util.Map;
import java.util.Set;

/**
 * What one instance read from its own stores: the store partitions it could read (active, or standby when
 * stale reads were allowed) and their entries by store key.
 */
public record PartitionRead<V>(Set<Integer> partitions, Map<String, V> entries) {

    public PartitionRead {
        partitions = Set.copyOf(partitions);
        entries = Map.copyOf(entries);
    }

    static <V> PartitionRead<V> nothing() {
        return new PartitionRead<>(Set.of(), Map.of());
    }
}
