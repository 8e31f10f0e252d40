package io.steppewatch.ingester.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. Injectable so that tests can map a name to a private or metadata
 * address and prove the request is refused before any socket opens.
 */
@FunctionalInterface
public interface HostResolver {

    /** All addresses of {@code host}; never empty. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
