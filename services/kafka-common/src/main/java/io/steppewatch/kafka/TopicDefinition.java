package io.steppewatch.kafka;

import java.util.Map;

/**
 * How a topic is created: partitions and topic-level configs. Replication is left to the cluster's
 * default, so one definition serves a single embedded broker and a three-broker cluster alike.
 */
public record TopicDefinition(String name, int partitions, Map<String, String> configs, String description) {

    public TopicDefinition {
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions must be >= 1, got " + partitions);
        }
        configs = Map.copyOf(configs);
    }

    public boolean compacted() {
        return configs.getOrDefault("cleanup.policy", "delete").contains("compact");
    }
}
