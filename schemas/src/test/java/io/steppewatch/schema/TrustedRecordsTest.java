package io.steppewatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * A named type missing from the trust list is a record Avro refuses to decode at run time (a new enum once
 * stopped the whole pipeline); the list is checked against the schemas here instead.
 */
class TrustedRecordsTest {

    @Test
    void shouldTrustEveryNamedTypeThatOurSchemasUse() {
        Set<String> named = new TreeSet<>();
        SchemaCompatibilityTest.currentSchemas().forEach(schema -> collect(schema, named));

        assertThat(TrustedRecords.GENERATED.stream().map(Class::getName).toList())
                .as("TrustedRecords.GENERATED").containsAll(named);
    }

    private static void collect(Schema schema, Set<String> named) {
        switch (schema.getType()) {
            case RECORD -> {
                if (named.add(schema.getFullName())) {
                    schema.getFields().forEach(field -> collect(field.schema(), named));
                }
            }
            case ENUM, FIXED -> named.add(schema.getFullName());
            case ARRAY -> collect(schema.getElementType(), named);
            case MAP -> collect(schema.getValueType(), named);
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, named));
            default -> { }
        }
    }
}
