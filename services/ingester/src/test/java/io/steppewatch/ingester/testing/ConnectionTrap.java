package io.steppewatch.ingester.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare socket on 127.0.0.2 that counts every connection made to it. Tests point a URL at it while a
 * stub resolver claims the name is an internal address: zero connections proves the refusal came first,
 * and if it ever did not, the packet still stays on this machine.
 */
public final class ConnectionTrap implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();

    public ConnectionTrap() throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    accepted.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "connection-trap");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int connections() {
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
