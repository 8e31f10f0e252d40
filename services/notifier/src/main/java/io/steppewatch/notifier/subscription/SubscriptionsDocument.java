package io.steppewatch.notifier.subscription;

import java.util.List;

/** The YAML shape of a subscriptions file, before validation. */
record SubscriptionsDocument(List<Entry> subscriptions) {

    record Entry(String name, String webhook, String webhookEnv, String webhookFile, List<String> topics,
                 Filters filters) {

        @Override
        public String toString() {
            // The raw entry may hold a webhook URL; never let it reach a log.
            return "Entry[name=" + name + ", topics=" + topics + "]";
        }
    }

    record Filters(List<String> kinds, List<String> metrics, List<String> countries, String minSeverity) {
    }
}
