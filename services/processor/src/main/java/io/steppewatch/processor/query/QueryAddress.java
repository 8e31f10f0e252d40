package io.steppewatch.processor.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

import org.apache.kafka.streams.state.HostInfo;

/** Where this instance's query endpoint is, as the other instances must reach it. */
public final class QueryAddress {

    private QueryAddress() {
    }

    /**
     * The configured {@code host:port} when there is one; else the bound address, with a wildcard
     * (0.0.0.0, ::) replaced by this machine's name, since other instances cannot call a wildcard.
     */
    public static HostInfo advertised(String configured, String bindHost, int port) {
        if (configured != null) {
            return HostInfo.buildFromEndpoint(configured);
        }
        String host = bindHost;
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                throw new IllegalStateException("cannot name this host for the other instances; set "
                        + "processor.application.server", e);
            }
        }
        return new HostInfo(host, port);
    }

    /**
     * A port free on {@code host} now. Kafka Streams must know the advertised port before it starts, and the
     * endpoint binds after, so "0" is resolved here; the port is reused at once by the same process.
     */
    public static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host + " for the query endpoint", e);
        }
    }
}
