package dev.parley.it.harness;

import java.time.Duration;
import java.util.function.Supplier;

import org.opentest4j.AssertionFailedError;

/**
 * Polls a condition until it holds. Integration tests wait for what the container does
 * asynchronously (FileInstall, ConfigAdmin); the timeout is a ceiling for a slow machine, not a
 * performance target, which benchmarks measure instead.
 */
public final class Await {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MS = 100;

    private Await() {
    }

    public static void until(String what, Supplier<Boolean> condition) {
        until(what, DEFAULT_TIMEOUT, condition);
    }

    public static void until(String what, Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException lastFailure = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
                lastFailure = null;
            } catch (RuntimeException e) {
                lastFailure = e;
            }
            sleep();
        }
        AssertionFailedError failure = new AssertionFailedError("not within " + timeout.toSeconds() + " s: " + what);
        if (lastFailure != null) {
            failure.addSuppressed(lastFailure);
        }
        throw failure;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
