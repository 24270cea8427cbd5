package dev.parley.ops.health;

import java.time.Duration;
import java.util.Objects;

/**
 * One thing an admin should fix, such as a jar in deploy/ that cannot resolve.
 *
 * @param subject what it is about, e.g. {@code deploy/broken.jar}; one problem per subject
 * @param message what is wrong and what to do, without customer data
 * @param critical whether Parley cannot work as configured ({@code CRITICAL}, HTTP 503) rather
 *        than merely needing attention ({@code WARN})
 * @param grace how long it must persist before it is reported: install, start and
 *        configuration take a moment, and a problem that is gone by then is no problem
 */
record Problem(String subject, String message, boolean critical, Duration grace) {

    Problem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(grace, "grace");
    }

    static Problem warning(String subject, String message, Duration grace) {
        return new Problem(subject, message, false, grace);
    }

    static Problem critical(String subject, String message) {
        return new Problem(subject, message, true, Duration.ZERO);
    }

    String describe() {
        return subject + ": " + message;
    }
}
