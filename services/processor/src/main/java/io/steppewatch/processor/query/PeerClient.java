package io.steppewatch.processor.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.state.HostInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.steppewatch.kafka.AvroSerde;

/**
 * Asks another processor instance for what its own stores hold, on its internal routes. Records travel in
 * Avro's single-object encoding (base64 in JSON), so the answer is exactly what the other store holds.
 */
public final class PeerClient {

    static final String TOKEN_HEADER = "Authorization";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String token;
    private final Duration timeout;

    /** {@code token}: the bearer token the instances share, or null. */
    public PeerClient(String token, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.token = token;
        this.timeout = timeout;
    }

    <V extends SpecificRecord> CompletableFuture<PartitionRead<V>> read(HostInfo host, String path,
            Map<String, String> params, AvroSerde<V> serde) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://" + host.host() + ":" + host.port() + path + "?" + query)).timeout(timeout).GET();
        if (token != null) {
            request.header(TOKEN_HEADER, "Bearer " + token);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(host + path + " answered " + response.statusCode());
            }
            return decode(response.body(), serde);
        });
    }

    static <V extends SpecificRecord> String encode(PartitionRead<V> read, AvroSerde<V> serde) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode partitions = root.putArray("partitions");
        read.partitions().stream().sorted().forEach(partitions::add);
        ArrayNode entries = root.putArray("entries");
        read.entries().forEach((key, value) -> entries.addObject().put("key", key)
                .put("value", Base64.getEncoder().encodeToString(serde.encode(value))));
        return root.toString();
    }

    static <V extends SpecificRecord> PartitionRead<V> decode(String body, AvroSerde<V> serde) {
        try {
            JsonNode root = JSON.readTree(body);
            Set<Integer> partitions = new HashSet<>();
            root.path("partitions").forEach(p -> partitions.add(p.asInt()));
            Map<String, V> entries = new HashMap<>();
            root.path("entries").forEach(e -> entries.put(e.path("key").asText(),
                    serde.decode(Base64.getDecoder().decode(e.path("value").asText()))));
            return new PartitionRead<>(partitions, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable answer from another processor instance", e);
        }
    }
}
