package io.steppewatch.processor.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.kafka.AvroSerde;

class PeerClientTest {

    @Test
    void shouldCarryPartitionsAndRecordsUnchangedWhenAnswersCrossInstances() {
        LedgerTimeline timeline = LedgerTimeline.newBuilder().setMetric("trade.turnover").setSubjects(List.of("KZ", "RU"))
                .setFigures(List.of()).build();
        PartitionRead<LedgerTimeline> read = new PartitionRead<>(Set.of(0, 2), Map.of("trade.turnover|KZ,RU", timeline));
        AvroSerde<LedgerTimeline> serde = AvroSerde.of(LedgerTimeline.class);

        PartitionRead<LedgerTimeline> back = PeerClient.decode(PeerClient.encode(read, serde), serde);

        assertThat(back.partitions()).containsExactlyInAnyOrder(0, 2);
        assertThat(back.entries()).containsEntry("trade.turnover|KZ,RU", timeline);
    }

    @Test
    void shouldReadNoPartitionWhenTheOtherInstanceHadNone() {
        PartitionRead<LedgerTimeline> back = PeerClient.decode("{\"partitions\":[],\"entries\":[]}",
                AvroSerde.of(LedgerTimeline.class));
        assertThat(back.partitions()).isEmpty();
        assertThat(back.entries()).isEmpty();
    }

    @Test
    void shouldParsePartitionListsWhenInternalRoutesAreCalled() {
        assertThat(LedgerQueries.partitions("2,0, 1")).containsExactly(0, 1, 2);
        assertThat(LedgerQueries.partitions(null)).isEmpty();
    }
}
