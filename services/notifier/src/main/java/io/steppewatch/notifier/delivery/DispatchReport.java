package io.steppewatch.notifier.delivery;

import java.util.List;

/**
 * What a dispatch did with each alert.
 *
 * @param messages       messages Slack accepted (a digest counts once)
 * @param delivered      ids of alerts Slack accepted
 * @param skipped        ids already delivered to this subscription before (or repeated in the input)
 * @param deadLettered   ids refused for good and sent to the dead-letter sink
 * @param pending        ids not finished because the dispatch was stopped; they must be sent again later
 */
public record DispatchReport(int messages, List<String> delivered, List<String> skipped, List<String> deadLettered,
                             List<String> pending) {

    public DispatchReport {
        delivered = List.copyOf(delivered);
        skipped = List.copyOf(skipped);
        deadLettered = List.copyOf(deadLettered);
        pending = List.copyOf(pending);
    }

    /** True when every alert reached an end state (delivered, skipped or dead-lettered). */
    public boolean complete() {
        return pending.isEmpty();
    }
}
