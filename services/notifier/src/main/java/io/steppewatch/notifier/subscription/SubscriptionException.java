package io.steppewatch.notifier.subscription;

import java.util.List;

/** A subscriptions file that cannot be used, with every problem found (not only the first). */
public final class SubscriptionException extends RuntimeException {

    private final List<String> problems;

    public SubscriptionException(String source, List<String> problems) {
        super("invalid subscriptions in " + source + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
