package io.steppewatch.broker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an embedded broker needs to require SASL_SSL with SCRAM-SHA-512: a TLS key store for its listener,
 * a trust store its own clients (and the readiness check) accept it with, and the SCRAM users to create.
 *
 * <p>Passwords are written into the SCRAM format arguments as they are, so they must not contain
 * {@code ,}, {@code [}, {@code ]}, {@code =} or {@code "}.
 *
 * @param tls the broker's PKCS12 key store and the matching trust store
 * @param users user name to password, each created as a SCRAM-SHA-512 credential when the storage is formatted
 * @param brokerUser the user (one of {@code users}) the broker authenticates as when it talks to itself
 */
public record SaslSslSecurity(TlsStores tls, Map<String, String> users, String brokerUser) {

    public static final String MECHANISM = "SCRAM-SHA-512";
    private static final String LISTENER = "SASL_SSL";
    private static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule";

    public SaslSslSecurity {
        Objects.requireNonNull(tls, "tls");
        users = Map.copyOf(new LinkedHashMap<>(users));
        if (!users.containsKey(brokerUser)) {
            throw new IllegalArgumentException("the broker user '" + brokerUser + "' must be one of the SCRAM users");
        }
        users.forEach((name, password) -> {
            if (!name.matches("[A-Za-z0-9._-]+") || password.isEmpty() || password.matches(".*[,\\[\\]=\"].*")) {
                throw new IllegalArgumentException("SCRAM user '" + name
                        + "': names are letters, digits, '.', '_', '-'; passwords are non-empty without , [ ] = \"");
            }
        });
    }

    /** {@code SCRAM-SHA-512=[name=...,password=...]} for each user, as kafka-storage format takes them. */
    List<String> scramArguments() {
        List<String> arguments = new ArrayList<>();
        users.forEach((name, password) -> arguments.add(MECHANISM + "=[name=" + name + ",password=" + password + "]"));
        return arguments;
    }

    Map<String, String> brokerProperties(String host, int clientPort, int controllerPort) {
        Map<String, String> props = new HashMap<>();
        props.put("listeners", LISTENER + "://" + host + ":" + clientPort + ",CONTROLLER://" + host + ":" + controllerPort);
        props.put("advertised.listeners", LISTENER + "://" + host + ":" + clientPort);
        // The controller listener stays PLAINTEXT: it is only the broker talking to its own controller, in-process.
        props.put("listener.security.protocol.map", LISTENER + ":SASL_SSL,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", LISTENER);
        props.put("sasl.enabled.mechanisms", MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        props.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", jaas(brokerUser, users.get(brokerUser)));
        props.put("ssl.keystore.type", "PKCS12");
        props.put("ssl.keystore.location", tls.keyStore().toString());
        props.put("ssl.keystore.password", tls.password());
        props.put("ssl.key.password", tls.password());
        props.put("ssl.truststore.type", "PKCS12");
        props.put("ssl.truststore.location", tls.trustStore().toString());
        props.put("ssl.truststore.password", tls.password());
        props.put("ssl.client.auth", "none");
        // The readiness check of EmbeddedKafkaBroker connects as the broker user.
        clientProperties(brokerUser).forEach((key, value) -> props.put("steppewatch.client." + key, value));
        return props;
    }

    /** The client properties that reach this broker as {@code user}: what goes under {@code kafka.} in a service's config. */
    public Map<String, String> clientProperties(String user) {
        String password = users.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no SCRAM user '" + user + "'");
        }
        Map<String, String> client = new LinkedHashMap<>();
        client.put("security.protocol", "SASL_SSL");
        client.put("sasl.mechanism", MECHANISM);
        client.put("sasl.jaas.config", jaas(user, password));
        client.put("ssl.truststore.type", "PKCS12");
        client.put("ssl.truststore.location", tls.trustStore().toString());
        client.put("ssl.truststore.password", tls.password());
        return client;
    }

    static String jaas(String user, String password) {
        return SCRAM_LOGIN + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    /** A PKCS12 key store holding the broker's key and certificate, and a trust store holding that certificate. */
    public record TlsStores(Path keyStore, Path trustStore, String password) {
    }
}
