package dev.parley.adapter.osticket;

import java.time.Instant;
import java.util.Optional;

/** The outcome of the latest call to osTicket, for the health check. */
final class DeliveryMonitor {

    /** The latest failure, if the latest call failed. */
    record Failure(String message, Instant at) {
    }

    private volatile Failure lastFailure;
    private volatile Instant lastSuccess;

    void failed(String message, Instant at) {
        lastFailure = new Failure(message, at);
    }

    void succeeded(Instant at) {
        lastSuccess = at;
        lastFailure = null;
    }

    Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }
}
