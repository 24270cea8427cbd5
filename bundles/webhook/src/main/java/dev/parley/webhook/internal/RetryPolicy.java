package dev.parley.webhook.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed row again: exponential back-off from {@code base} doubling up to
 * {@code max}, with jitter so that many rows failing together do not hit the host together again,
 * or exactly what the host asked for with {@code Retry-After}. A row gives up after
 * {@code maxAttempts} attempts or when its next attempt would be later than {@code maxAge} after it
 * was added.
 */
record RetryPolicy(int maxAttempts, Duration maxAge, Duration base, Duration max) {

    /**
     * @param attempts the attempts made so far, at least 1
     * @param createdAt when the row was added (or replayed)
     * @param retryAfter the host's {@code Retry-After}, or {@code null}
     * @param now the current time
     * @param random a number in [0, 1) for the jitter
     * @return the time of the next attempt, or empty to give up
     */
    Optional<Instant> nextAttempt(int attempts, Instant createdAt, Duration retryAfter, Instant now, double random) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = retryAfter != null ? retryAfter : jittered(backOff(attempts), random);
        Instant next = now.plus(delay);
        return next.isAfter(createdAt.plus(maxAge)) ? Optional.empty() : Optional.of(next);
    }

    /** base × 2^(attempts − 1), at most max. */
    Duration backOff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    /** Between half and all of the delay ("equal jitter"): spread out, yet never much sooner. */
    private static Duration jittered(Duration delay, double random) {
        long half = delay.toMillis() / 2;
        return Duration.ofMillis(half + (long) (half * random));
    }
}
