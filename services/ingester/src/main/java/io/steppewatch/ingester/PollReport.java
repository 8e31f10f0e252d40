package io.steppewatch.ingester;

/**
 * What one poll cycle did.
 *
 * @param feedsPolled      feeds fetched this cycle
 * @param feedsNotModified feeds that answered 304 (or whose file did not change)
 * @param feedsFailed      feeds whose fetch or parse failed
 * @param items            feed items looked at
 * @param pagesFetched     article pages fetched and extracted
 * @param pagesFailed      article pages that could not be fetched (feed text used instead)
 * @param published        articles sent to Kafka (new or changed)
 * @param unchanged        items already published with the same content, or already seen
 * @param irrelevant       articles dropped by the region filter
 * @param rejected         items without a usable link, or whose publication failed
 */
public record PollReport(int feedsPolled, int feedsNotModified, int feedsFailed, int items, int pagesFetched,
        int pagesFailed, int published, int unchanged, int irrelevant, int rejected) {

    PollReport plus(PollReport o) {
        return new PollReport(feedsPolled + o.feedsPolled, feedsNotModified + o.feedsNotModified, feedsFailed + o.feedsFailed,
                items + o.items, pagesFetched + o.pagesFetched, pagesFailed + o.pagesFailed, published + o.published,
                unchanged + o.unchanged, irrelevant + o.irrelevant, rejected + o.rejected);
    }

    static PollReport empty() {
        return new PollReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
