package io.steppewatch.ingester.publish;

import java.util.Map;

/**
 * Where each feed's HTTP validators (ETag, Last-Modified) are kept between runs, so that a restarted or
 * replacement instance still polls with conditional GETs.
 */
public interface FeedValidatorStore {

    /** A feed's validators; either may be null. */
    record Validators(String etag, String lastModified) {
    }

    /** Every feed's last saved validators, by feed URL. */
    Map<String, Validators> load();

    /** Saves a feed's validators, once every article of the poll that produced them is written. */
    void save(String feedUrl, Validators validators);

    /** Keeps nothing: every run starts with unconditional GETs. */
    static FeedValidatorStore none() {
        return new FeedValidatorStore() {
            @Override
            public Map<String, Validators> load() {
                return Map.of();
            }

            @Override
            public void save(String feedUrl, Validators validators) {
            }
        };
    }
}
