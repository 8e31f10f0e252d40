package io.steppewatch.processor.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.topology.ProcessorTopology;

/**
 * Reads the whole ledger and the recent alerts, whichever instance holds them (interactive queries), merged
 * with the baseline, which every instance holds whole.
 *
 * <p>The ledger store and the recent-alerts store live in the same tasks, one per partition of the
 * {@code figures-by-series} repartition topic. A key is read where Kafka Streams says its partition is active
 * ({@code queryMetadataForKey}); a scan asks every instance for its active partitions and merges. A partition
 * whose active instance does not answer is read from a standby copy (possibly a little behind); one nobody
 * can serve makes the answer {@link ClusterAnswer#partial() partial}, never silently shorter.
 */
public final class LedgerQueries {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerQueries.class);
    static final String LEDGER_ROUTE = "/internal/ledger";
    static final String RECENT_ROUTE = "/internal/alerts/recent";
    private static final AvroSerde<LedgerTimeline> TIMELINES = AvroSerde.of(LedgerTimeline.class);
    private static final AvroSerde<Alert> ALERTS = AvroSerde.of(Alert.class);

    /** One series: what is known about a metric and its subjects, oldest first. */
    public record Series(String key, String metric, List<String> subjects, List<KnownFigure> baseline,
            List<KnownFigure> learned) {
    }

    /** Reads some partitions of a store on one instance. */
    private interface PartReader<V> {
        CompletableFuture<PartitionRead<V>> read(HostInfo host, Set<Integer> partitions, boolean stale);
    }

    /** Where each partition of the ledger's tasks is active and where its standby copies are. */
    private record Placement(int partitions, Map<Integer, HostInfo> active, Map<Integer, List<HostInfo>> standbys) {
    }

    private final KafkaStreams streams;
    private final Baseline baseline;
    private final HostInfo self;
    private final String figuresTopic;
    private final PeerClient peers;

    /** Queries of this instance's stores only (no other instance is reachable). */
    public LedgerQueries(KafkaStreams streams, Baseline baseline) {
        this(streams, baseline, null, null, null);
    }

    /**
     * Queries of the whole cluster: {@code self} is this instance's {@code application.server},
     * {@code figuresTopic} the repartition topic whose partitions are the ledger store's, {@code peers} how
     * to reach the other instances.
     */
    public LedgerQueries(KafkaStreams streams, Baseline baseline, HostInfo self, String figuresTopic, PeerClient peers) {
        this.streams = streams;
        this.baseline = baseline;
        this.self = self;
        this.figuresTopic = figuresTopic;
        this.peers = peers;
    }

    /** Series whose metric starts with {@code metric} (all when null) and whose subjects include all of {@code subjects}. */
    public List<Series> series(String metric, List<String> subjects) {
        return seriesAcrossCluster(metric, subjects).value();
    }

    /** {@link #series}, saying whether some instance's share is missing. */
    public ClusterAnswer<List<Series>> seriesAcrossCluster(String metric, List<String> subjects) {
        Map<String, String> params = metric == null ? Map.of() : Map.of("metric", metric);
        ClusterAnswer<Map<String, LedgerTimeline>> learned = scan(
                (host, partitions, stale) -> readLedger(host, partitions, stale, params));
        Set<String> keys = new TreeSet<>(learned.value().keySet());
        baseline.all().keySet().stream().filter(key -> metric == null || key.startsWith(metric)).forEach(keys::add);
        List<Series> result = new ArrayList<>();
        for (String key : keys) {
            Series series = series(key, learned.value().get(key));
            if (series.subjects().containsAll(subjects)) {
                result.add(series);
            }
        }
        return learned.with(result);
    }

    /** The series of exactly one ledger key ({@code metric|SUBJECT,SUBJECT}), read on the instance that owns it. */
    public ClusterAnswer<Optional<Series>> seriesOf(String key) {
        if (key.indexOf('|') < 0) {
            throw new IllegalArgumentException("a ledger key is metric|subjects, got '" + key + "'");
        }
        ClusterAnswer<Map<String, LedgerTimeline>> learned = lookup(key);
        LedgerTimeline timeline = learned.value().get(key);
        boolean known = timeline != null || !baseline.get(key).isEmpty();
        return learned.with(known ? Optional.of(series(key, timeline)) : Optional.empty());
    }

    /** The latest alerts of the whole cluster, newest first. */
    public List<Alert> recentAlerts(int limit) {
        return recentAlertsAcrossCluster(limit).value();
    }

    /** {@link #recentAlerts}, saying whether some instance's share is missing. */
    public ClusterAnswer<List<Alert>> recentAlertsAcrossCluster(int limit) {
        ClusterAnswer<Map<String, Alert>> recent = scan((host, partitions, stale) -> self == null || host.equals(self)
                ? CompletableFuture.completedFuture(localRecentAlerts(partitions, stale, limit))
                : peers.read(host, RECENT_ROUTE, withPartitions(Map.of("limit", String.valueOf(limit)), partitions, stale),
                        ALERTS));
        List<Alert> alerts = recent.value().values().stream()
                .sorted(Comparator.comparing(Alert::getDetected).thenComparing(Alert::getId).reversed())
                .limit(limit).toList();
        return recent.with(alerts);
    }

    /**
     * This instance's own ledger entries in {@code partitions} (all its active ones when null), for the
     * internal route: {@code metric} filters by prefix, {@code key} reads one key.
     */
    public PartitionRead<LedgerTimeline> localLedger(Set<Integer> partitions, boolean stale, String metric, String key) {
        Map<String, LedgerTimeline> entries = new HashMap<>();
        Set<Integer> read = readLocally(ProcessorTopology.LEDGER_STORE, partitions, stale, store -> {
            if (key != null) {
                Object timeline = store.get(key);
                if (timeline != null) {
                    entries.put(key, (LedgerTimeline) timeline);
                }
                return;
            }
            try (KeyValueIterator<String, ?> all = metric == null ? store.all()
                    : store.prefixScan(metric, new StringSerializer())) {
                while (all.hasNext()) {
                    KeyValue<String, ?> entry = all.next();
                    entries.put(entry.key, (LedgerTimeline) entry.value);
                }
            }
        });
        return new PartitionRead<>(read, entries);
    }

    /** This instance's latest {@code limit} alerts of each partition in {@code partitions} (all active ones when null). */
    public PartitionRead<Alert> localRecentAlerts(Set<Integer> partitions, boolean stale, int limit) {
        Map<String, Alert> entries = new HashMap<>();
        Set<Integer> read = readLocally(ProcessorTopology.RECENT_ALERTS_STORE, partitions, stale, store -> {
            int taken = 0;
            try (KeyValueIterator<String, ?> newest = store.reverseAll()) {
                while (newest.hasNext() && taken++ < limit) {
                    KeyValue<String, ?> entry = newest.next();
                    entries.put(entry.key, (Alert) entry.value);
                }
            }
        });
        return new PartitionRead<>(read, entries);
    }

    private CompletableFuture<PartitionRead<LedgerTimeline>> readLedger(HostInfo host, Set<Integer> partitions,
            boolean stale, Map<String, String> params) {
        if (self == null || host.equals(self)) {
            return CompletableFuture.completedFuture(
                    localLedger(partitions, stale, params.get("metric"), params.get("key")));
        }
        return peers.read(host, LEDGER_ROUTE, withPartitions(params, partitions, stale), TIMELINES);
    }

    private Series series(String key, LedgerTimeline learned) {
        int bar = key.indexOf('|');
        List<String> subjects = key.substring(bar + 1).isEmpty() ? List.of() : List.of(key.substring(bar + 1).split(","));
        return new Series(key, key.substring(0, bar), subjects, baseline.get(key),
                learned == null ? List.of() : learned.getFigures());
    }

    /** Every partition once: from its active instance, else from a standby, else counted as missing. */
    private <V> ClusterAnswer<Map<String, V>> scan(PartReader<V> reader) {
        Placement placement = placement();
        if (placement == null) {
            return unplaced(reader);
        }
        Map<String, V> entries = new TreeMap<>();
        Set<Integer> answered = new HashSet<>();
        Map<HostInfo, Set<Integer>> byHost = new LinkedHashMap<>();
        placement.active().forEach((partition, host) -> byHost.computeIfAbsent(host, h -> new TreeSet<>()).add(partition));
        Map<HostInfo, CompletableFuture<PartitionRead<V>>> calls = new LinkedHashMap<>();
        byHost.forEach((host, partitions) -> calls.put(host, reader.read(host, partitions, false)));
        calls.forEach((host, call) -> join(host, call).ifPresent(read -> {
            entries.putAll(read.entries());
            answered.addAll(read.partitions());
        }));
        Set<Integer> missing = new TreeSet<>();
        for (int partition = 0; partition < placement.partitions(); partition++) {
            if (!answered.contains(partition) && !fromStandby(reader, placement, partition, entries)) {
                missing.add(partition);
            }
        }
        return ClusterAnswer.of(entries, missing, false);
    }

    /** One key: from the instance where its partition is active, else from a standby. */
    private ClusterAnswer<Map<String, LedgerTimeline>> lookup(String key) {
        Map<String, String> params = Map.of("key", key);
        PartReader<LedgerTimeline> reader = (host, partitions, stale) -> readLedger(host, partitions, stale, params);
        KeyQueryMetadata owner;
        try {
            // Figures reach the ledger keyed by their series (figures-by-series), so the store's own key says
            // which partition holds a series.
            owner = self == null ? KeyQueryMetadata.NOT_AVAILABLE
                    : streams.queryMetadataForKey(ProcessorTopology.LEDGER_STORE, key, new StringSerializer());
        } catch (IllegalStateException e) {
            owner = KeyQueryMetadata.NOT_AVAILABLE;
        }
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE) || owner.partition() < 0) {
            return unplaced(reader);
        }
        Set<Integer> partition = Set.of(owner.partition());
        Optional<PartitionRead<LedgerTimeline>> active = join(owner.activeHost(), reader.read(owner.activeHost(), partition, false));
        if (active.isPresent() && active.get().partitions().contains(owner.partition())) {
            return ClusterAnswer.of(active.get().entries(), Set.of(), false);
        }
        for (HostInfo standby : selfFirst(owner.standbyHosts())) {
            Optional<PartitionRead<LedgerTimeline>> copy = join(standby, reader.read(standby, partition, true));
            if (copy.isPresent() && copy.get().partitions().contains(owner.partition())) {
                return ClusterAnswer.of(copy.get().entries(), Set.of(), false);
            }
        }
        return ClusterAnswer.of(Map.of(), partition, true);
    }

    /** Without cluster metadata (no application.server, or no assignment yet): this instance's own stores. */
    private <V> ClusterAnswer<Map<String, V>> unplaced(PartReader<V> reader) {
        PartitionRead<V> local = join(self, reader.read(self, null, false)).orElse(PartitionRead.nothing());
        boolean running = streams.state() == KafkaStreams.State.RUNNING;
        boolean alone = self == null && running;
        return ClusterAnswer.of(new TreeMap<>(local.entries()), Set.of(), !alone);
    }

    private <V> boolean fromStandby(PartReader<V> reader, Placement placement, int partition, Map<String, V> entries) {
        for (HostInfo standby : selfFirst(placement.standbys().getOrDefault(partition, List.of()))) {
            Optional<PartitionRead<V>> copy = join(standby, reader.read(standby, Set.of(partition), true));
            if (copy.isPresent() && copy.get().partitions().contains(partition)) {
                entries.putAll(copy.get().entries());
                return true;
            }
        }
        // The active instance may just have been replaced: this instance's own copy, if it has one, is the next best.
        if (self != null && !placement.standbys().getOrDefault(partition, List.of()).contains(self)) {
            Optional<PartitionRead<V>> local = join(self, reader.read(self, Set.of(partition), true));
            if (local.isPresent() && local.get().partitions().contains(partition)) {
                entries.putAll(local.get().entries());
                return true;
            }
        }
        return false;
    }

    private List<HostInfo> selfFirst(Iterable<HostInfo> hosts) {
        List<HostInfo> ordered = new ArrayList<>();
        hosts.forEach(host -> {
            if (host.equals(self)) {
                ordered.add(0, host);
            } else {
                ordered.add(host);
            }
        });
        return ordered;
    }

    private static <V> Optional<PartitionRead<V>> join(HostInfo host, CompletableFuture<PartitionRead<V>> call) {
        try {
            return Optional.of(call.join());
        } catch (CompletionException | IllegalStateException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.debug("Instance {} did not answer: {}", host, cause.toString());
            return Optional.empty();
        }
    }

    private Placement placement() {
        if (self == null || figuresTopic == null) {
            return null;
        }
        java.util.Collection<StreamsMetadata> clients;
        try {
            clients = streams.metadataForAllStreamsClients();
        } catch (IllegalStateException e) {
            return null;
        }
        Map<Integer, HostInfo> active = new TreeMap<>();
        Map<Integer, List<HostInfo>> standbys = new TreeMap<>();
        int partitions = 0;
        for (StreamsMetadata client : clients) {
            for (TopicPartition tp : client.topicPartitions()) {
                if (tp.topic().equals(figuresTopic)) {
                    active.put(tp.partition(), client.hostInfo());
                    partitions = Math.max(partitions, tp.partition() + 1);
                }
            }
            for (TopicPartition tp : client.standbyTopicPartitions()) {
                if (tp.topic().equals(figuresTopic)) {
                    standbys.computeIfAbsent(tp.partition(), p -> new ArrayList<>()).add(client.hostInfo());
                    partitions = Math.max(partitions, tp.partition() + 1);
                }
            }
        }
        return partitions == 0 ? null : new Placement(partitions, active, standbys);
    }

    private interface StoreReader {
        void read(ReadOnlyKeyValueStore<String, Object> store);
    }

    /** Reads each partition's store that is queryable here; returns the partitions read. */
    private Set<Integer> readLocally(String storeName, Set<Integer> partitions, boolean stale, StoreReader reader) {
        if (partitions == null) {
            try {
                reader.read(streams.store(StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.keyValueStore())));
            } catch (InvalidStateStoreException | IllegalStateException e) {
                LOG.debug("Store {} is not queryable here: {}", storeName, e.getMessage());
            }
            return Set.of();
        }
        Set<Integer> read = new LinkedHashSet<>();
        for (int partition : partitions) {
            StoreQueryParameters<ReadOnlyKeyValueStore<String, Object>> params = StoreQueryParameters
                    .fromNameAndType(storeName, QueryableStoreTypes.<String, Object>keyValueStore()).withPartition(partition);
            try {
                reader.read(streams.store(stale ? params.enableStaleStores() : params));
                read.add(partition);
            } catch (InvalidStateStoreException | IllegalStateException e) {
                LOG.debug("Partition {} of {} is not queryable here: {}", partition, storeName, e.getMessage());
            }
        }
        return read;
    }

    private static Map<String, String> withPartitions(Map<String, String> params, Set<Integer> partitions, boolean stale) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("partitions", partitions.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        all.put("stale", String.valueOf(stale));
        return all;
    }

    /** Partitions named in an internal request: {@code 0,2}. */
    static Set<Integer> partitions(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<Integer> partitions = new TreeSet<>();
        for (String part : text.split(",")) {
            partitions.add(Integer.parseInt(part.trim()));
        }
        return partitions;
    }
}
