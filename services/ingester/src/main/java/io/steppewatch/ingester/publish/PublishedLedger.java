package io.steppewatch.ingester.publish;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What has been published: article id to content hash and fetch time. Filled from the {@code articles}
 * topic at start, so any instance that takes over knows what its predecessor published.
 */
public final class PublishedLedger {

    /** The last published version of an article. */
    public record Entry(String contentHash, Instant fetched) {
    }

    /** What {@link #claim} decided. */
    public enum Claim {
        NEW,
        CHANGED,
        UNCHANGED
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** Records a version read back from Kafka (later records win: the topic is read in order). */
    public void recover(String id, Entry entry) {
        if (entry == null) {
            entries.remove(id);
        } else {
            entries.put(id, entry);
        }
    }

    public Entry get(String id) {
        return entries.get(id);
    }

    public int size() {
        return entries.size();
    }

    /**
     * Atomically decides whether {@code contentHash} is news for {@code id}, and if so records it so that a
     * concurrent claim of the same version loses.
     */
    public Claim claim(String id, String contentHash, Instant fetched) {
        Claim[] result = new Claim[1];
        entries.compute(id, (k, old) -> {
            if (old != null && old.contentHash().equals(contentHash)) {
                result[0] = Claim.UNCHANGED;
                return old;
            }
            result[0] = old == null ? Claim.NEW : Claim.CHANGED;
            return new Entry(contentHash, fetched);
        });
        return result[0];
    }

    /** Undoes a claim whose publication failed, unless a later claim replaced it meanwhile. */
    public void release(String id, String contentHash, Entry previous) {
        entries.computeIfPresent(id, (k, current) -> {
            if (!current.contentHash().equals(contentHash)) {
                return current;
            }
            return previous;
        });
    }
}
