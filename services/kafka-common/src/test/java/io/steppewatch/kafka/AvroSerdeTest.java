package io.steppewatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.Severity;

class AvroSerdeTest {

    static Article article() {
        return Article.newBuilder()
                .setId("a1").setUrl("https://example.org/a1").setFeed("https://example.org/rss")
                .setSource("Example").setTitle("Kazakhstan trade").setText("Trade grew.")
                .setPublished(Instant.parse("2025-03-01T10:00:00Z")).setFetched(Instant.parse("2025-03-01T11:00:00Z"))
                .setContentHash("h1").build();
    }

    @Test
    void shouldRoundTripWhenEncodingAnArticle() {
        AvroSerde<Article> serde = AvroSerde.of(Article.class);
        byte[] bytes = serde.serializer().serialize("articles", article());
        assertThat(serde.deserializer().deserialize("articles", bytes)).isEqualTo(article());
    }

    @Test
    void shouldWriteTheSingleObjectHeaderWhenEncoding() {
        byte[] bytes = AvroSerde.of(Article.class).encode(article());
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
    }

    @Test
    void shouldRoundTripWhenAlertNestsFigures() {
        Figure figure = Figure.newBuilder().setValue(2.78e10).setUnit("USD").setMeasure(Measure.AMOUNT)
                .setMetric("trade.turnover").setSubjects(List.of("KZ", "RU")).setPeriod("2024")
                .setText("27,8 milliards de dollars").setSentence("...").setArticleId("a1").build();
        Alert alert = Alert.newBuilder().setId("x").setKind(AlertKind.NEW_PERIOD).setTopics(List.of("trade"))
                .setFigure(figure).setCompared(List.of(KnownFigure.newBuilder().setValue(2.6e10).setUnit("USD")
                        .setMeasure(Measure.AMOUNT).setPeriod("2023").setArticleId("s").setUrl("seed:1")
                        .setSource("seed").setSentence("...").build()))
                .setChange(6.9).setSeverity(Severity.MEDIUM).setArticleId("a1").setArticleUrl("u")
                .setArticleTitle("t").setSource("s").setDetected(Instant.ofEpochMilli(1)).build();
        AvroSerde<Alert> serde = AvroSerde.of(Alert.class);
        assertThat(serde.decode(serde.encode(alert))).isEqualTo(alert);
    }

    @Test
    void shouldFailClearlyWhenBytesAreNotAvro() {
        AvroSerde<Article> serde = AvroSerde.of(Article.class);
        assertThatThrownBy(() -> serde.decode("not avro at all".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot decode Article");
    }

    @Test
    void shouldRefuseWhenTheWriterSchemaIsUnknown() throws Exception {
        Schema stranger = SchemaBuilder.record("Article").namespace("io.steppewatch.avro").fields()
                .requiredString("id").endRecord();
        GenericRecord record = new GenericData.Record(stranger);
        record.put("id", "a1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), stranger).encode(record, out);

        assertThatThrownBy(() -> AvroSerde.of(Article.class).decode(out.toByteArray()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot decode Article");
    }

    @Test
    void shouldReadARecordWrittenWithTheReleasedSchemaWhenDecoding() throws Exception {
        // A writer that only knows the released v1 shape, as an old producer would.
        Schema v1 = io.steppewatch.schema.SchemaHistory.released("Article").get(0);
        GenericRecord old = new GenericData.Record(v1);
        for (Schema.Field field : v1.getFields()) {
            old.put(field.name(), field.hasDefaultValue() ? GenericData.get().getDefaultValue(field) : null);
        }
        old.put("id", "old-1");
        old.put("url", "https://example.org/old");
        old.put("feed", "f");
        old.put("source", "s");
        old.put("title", "t");
        old.put("text", "body");
        old.put("fetched", 42L);
        old.put("contentHash", "h");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old, out);

        Article decoded = AvroSerde.of(Article.class).decode(out.toByteArray());
        assertThat(decoded.getId()).isEqualTo("old-1");
        assertThat(decoded.getFetched()).isEqualTo(Instant.ofEpochMilli(42));
    }
}
