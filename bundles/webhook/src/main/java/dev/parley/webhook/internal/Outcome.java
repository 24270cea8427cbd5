package dev.parley.webhook.internal;

import java.time.Duration;

/**
 * What became of one attempt at a queue row.
 *
 * @param kind done, retry or dead
 * @param retryAfter for a retry, the wait the other side asked for, or {@code null} for back-off
 * @param reason for retry and dead, why; no customer text or secrets
 */
record Outcome(Kind kind, Duration retryAfter, String reason) {

    enum Kind { DONE, RETRY, DEAD }

    static final Outcome DONE = new Outcome(Kind.DONE, null, null);

    static Outcome retry(Duration retryAfter, String reason) {
        return new Outcome(Kind.RETRY, retryAfter, reason);
    }

    static Outcome dead(String reason) {
        return new Outcome(Kind.DEAD, null, reason);
    }
}
