package dev.parley.ops.health;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;

/**
 * Runs a check's scan at once and then every second on a thread of its own, so that problems
 * reach the log even when nobody asks for health. A scan that fails is logged and tried again at
 * the next tick: the schedule never dies with it.
 */
final class PeriodicScan implements AutoCloseable {

    private static final long INTERVAL_MS = 1000;

    private final ScheduledExecutorService executor;

    PeriodicScan(String threadName, Logger log, Runnable scan) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, threadName));
        executor.scheduleWithFixedDelay(() -> {
            try {
                scan.run();
            } catch (RuntimeException | LinkageError e) {
                // The framework is stopping or a folder vanished; the next tick tries again.
                log.warn("{} failed: {}", threadName, e.toString());
            }
        }, 0, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
