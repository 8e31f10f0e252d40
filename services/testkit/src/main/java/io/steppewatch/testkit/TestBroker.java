package io.steppewatch.testkit;

/** A Kafka broker a test can talk to, whatever started it. */
public interface TestBroker extends AutoCloseable {

    String bootstrapServers();

    /** {@code embedded} or {@code container}: which kind of broker this is, for test reports. */
    String kind();

    @Override
    void close();
}
