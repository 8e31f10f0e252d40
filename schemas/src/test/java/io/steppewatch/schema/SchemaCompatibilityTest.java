package io.steppewatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.LedgerTimeline;

/**
 * The build's guard on schema evolution: each record's current schema must be its latest released
 * version, and each released version must be fully compatible with the one before it.
 */
class SchemaCompatibilityTest {

    static Stream<Schema> currentSchemas() {
        return Stream.of(Article.getClassSchema(), AnalyzedArticle.getClassSchema(),
                Figure.getClassSchema(), Alert.getClassSchema(),
                FigureObservation.getClassSchema(), LedgerTimeline.getClassSchema());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldBeReleasedWhenTheSchemaIsCurrent(Schema current) {
        List<Schema> released = SchemaHistory.released(current.getName());
        assertThat(released).as("released versions of %s", current.getName()).isNotEmpty();
        Schema latest = released.get(released.size() - 1);
        assertThat(SchemaNormalization.parsingFingerprint64(current))
                .as("%s changed: copy its new shape into history/%s/v%d.avsc",
                        current.getName(), current.getName(), released.size() + 1)
                .isEqualTo(SchemaNormalization.parsingFingerprint64(latest));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldReadEachOthersRecordsWhenComparingConsecutiveReleases(Schema current) {
        List<Schema> released = SchemaHistory.released(current.getName());
        for (int i = 1; i < released.size(); i++) {
            assertThat(SchemaEvolution.incompatibilities(released.get(i - 1), released.get(i)))
                    .as("%s v%d -> v%d", current.getName(), i, i + 1)
                    .isEmpty();
        }
    }

    @Test
    void shouldAcceptAnOptionalFieldWithDefaultWhenEvolving() {
        Schema older = Article.getClassSchema();
        Schema newer = withExtraField(older, SchemaBuilder.builder().nullable().stringType(), true);
        assertThat(SchemaEvolution.incompatibilities(older, newer)).isEmpty();
    }

    @Test
    void shouldRefuseARequiredFieldWithoutDefaultWhenEvolving() {
        Schema older = Article.getClassSchema();
        Schema newer = withExtraField(older, SchemaBuilder.builder().stringType(), false);
        assertThat(SchemaEvolution.incompatibilities(older, newer))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("new reader, old writer")
                        .contains("READER_FIELD_MISSING_DEFAULT"));
    }

    @Test
    void shouldRefuseAChangedFieldTypeWhenEvolving() {
        Schema older = Figure.getClassSchema();
        Schema newer = new Schema.Parser().parse(older.toString().replace(
                "{\"name\":\"value\",\"type\":\"double\"", "{\"name\":\"value\",\"type\":\"string\""));
        assertThat(SchemaEvolution.incompatibilities(older, newer)).isNotEmpty();
    }

    private static Schema withExtraField(Schema base, Schema fieldType, boolean withDefault) {
        List<Schema.Field> fields = new java.util.ArrayList<>();
        base.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(withDefault
                ? new Schema.Field("region", fieldType, "added later", Schema.Field.NULL_DEFAULT_VALUE)
                : new Schema.Field("region", fieldType, "added later"));
        return Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false, fields);
    }
}
