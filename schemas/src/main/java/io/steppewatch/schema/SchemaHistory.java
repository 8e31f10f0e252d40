package io.steppewatch.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every released version of each record schema, kept as frozen copies under
 * {@code io/steppewatch/schema/history/<Record>/v<N>.avsc}.
 *
 * <p>A record written with any released version must stay readable forever: the decoders look up the
 * writer schema by the fingerprint that single-object encoding puts in each message, so every released
 * version has to be known to them. When a schema changes, its new shape is added here as the next
 * version, and {@code SchemaCompatibilityTest} refuses the build if the two versions cannot read each
 * other's records.
 */
public final class SchemaHistory {

    private static final String ROOT = "/io/steppewatch/schema/history/";

    private SchemaHistory() {
    }

    /** The released versions of a record, oldest first; empty when it has never been released. */
    public static List<Schema> released(String recordName) {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; ; version++) {
            String resource = ROOT + recordName + "/v" + version + ".avsc";
            try (InputStream in = SchemaHistory.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read released schema " + resource, e);
            }
        }
    }

    /**
     * A schema store that knows the current schema and every released version of the same record, so a
     * decoder can resolve any of them against the current reader schema.
     */
    public static SchemaStore.Cache storeFor(Schema current) {
        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(current);
        for (Schema released : released(current.getName())) {
            store.addSchema(released);
        }
        return store;
    }
}
