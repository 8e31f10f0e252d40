package io.steppewatch.notifier.consume;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a worker on its own thread and starts a fresh one when it dies (an exception, an Error, or a return
 * while nobody asked it to stop), after a backoff that doubles from {@code initial} to {@code max} and
 * starts over once a worker has run for longer than {@code max}. A subscription whose consumer thread
 * died therefore comes back by itself, and {@link #running()} tells the health endpoint the truth
 * meanwhile.
 */
final class SupervisedWorker {

    /** Backoff of a subscription's restarts. */
    static final Duration RESTART_INITIAL = Duration.ofSeconds(1);
    static final Duration RESTART_MAX = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(SupervisedWorker.class);

    /** A worker that can be asked to stop. */
    interface Worker extends Runnable {
        void stop();
    }

    private final String name;
    private final Supplier<? extends Worker> workers;
    private final Duration initial;
    private final Duration max;
    private final Object lock = new Object();
    private final Thread thread;
    private volatile boolean stopping;
    private volatile Worker current;
    private volatile boolean running;
    private volatile int restarts;

    SupervisedWorker(String name, Supplier<? extends Worker> workers, Duration initial, Duration max) {
        this.name = name;
        this.workers = workers;
        this.initial = initial;
        this.max = max;
        this.thread = new Thread(this::supervise, name);
        this.thread.setDaemon(true);
    }

    SupervisedWorker start() {
        thread.start();
        return this;
    }

    /** True while a worker runs (false while a dead one waits for its restart). */
    boolean running() {
        return running;
    }

    /** True while the supervising thread lives: the worker runs or will be restarted. */
    boolean alive() {
        return thread.isAlive();
    }

    /** Workers that died and were (or are about to be) replaced. */
    int restarts() {
        return restarts;
    }

    Thread thread() {
        return thread;
    }

    /** Asks the current worker to stop and restarts no other. */
    void stop() {
        stop(Worker::stop);
    }

    /** Restarts no other worker and stops the current one with {@code how} (a halt, in crash tests). */
    void stop(Consumer<Worker> how) {
        stopping = true;
        Worker worker = current;
        if (worker != null) {
            how.accept(worker);
        }
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    private void supervise() {
        Duration backoff = initial;
        while (!stopping) {
            long startedAt = System.nanoTime();
            Throwable died = null;
            try {
                Worker worker = workers.get();
                current = worker;
                running = true;
                if (stopping) {
                    break; // stop() came while the worker was being built and could not reach it
                }
                worker.run();
            } catch (RuntimeException | Error e) {
                died = e;
            } finally {
                running = false;
            }
            if (stopping || Thread.currentThread().isInterrupted()) {
                break;
            }
            if (System.nanoTime() - startedAt > max.toNanos()) {
                backoff = initial; // it ran fine for a while: this is a new failure, not a loop
            }
            restarts++;
            LOG.error("Worker {} died ({}); restarting it in {}", name, died == null ? "returned" : died.toString(),
                    backoff, died);
            if (!pause(backoff)) {
                break;
            }
            backoff = backoff.multipliedBy(2).compareTo(max) > 0 ? max : backoff.multipliedBy(2);
        }
        running = false;
    }

    /** Waits {@code delay} unless stopped first; false when stopped or interrupted. */
    private boolean pause(Duration delay) {
        long deadline = System.nanoTime() + delay.toNanos();
        synchronized (lock) {
            while (!stopping) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }
}
