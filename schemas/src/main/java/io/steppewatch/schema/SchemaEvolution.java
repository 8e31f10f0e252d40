package io.steppewatch.schema;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Our evolution rule, checked with Avro's own compatibility checker: two versions of a record are
 * acceptable neighbours only if each can read what the other wrote (full compatibility). That lets
 * producers and consumers be upgraded in any order.
 */
public final class SchemaEvolution {

    private SchemaEvolution() {
    }

    /** Why {@code older} and {@code newer} cannot read each other's records; empty when they can. */
    public static List<String> incompatibilities(Schema older, Schema newer) {
        List<String> problems = new ArrayList<>();
        describe("new reader, old writer", SchemaCompatibility.checkReaderWriterCompatibility(newer, older), problems);
        describe("old reader, new writer", SchemaCompatibility.checkReaderWriterCompatibility(older, newer), problems);
        return problems;
    }

    private static void describe(String direction, SchemaPairCompatibility result, List<String> problems) {
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        result.getResult().getIncompatibilities().forEach(incompatibility -> problems.add(
                direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                        + " (" + incompatibility.getMessage() + ")"));
    }
}
