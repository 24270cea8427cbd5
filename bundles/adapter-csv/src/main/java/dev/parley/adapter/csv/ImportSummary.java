package dev.parley.adapter.csv;

import java.time.Duration;
import java.time.Instant;

/**
 * What one import of a file did.
 *
 * @param file the file's name
 * @param rowsRead the rows read (blank lines are not rows)
 * @param imported the rows enriched and stored
 * @param rejected the rows written to the reject file
 * @param finishedAt when it finished
 * @param duration how long it took
 * @param failure why the rest of the file could not be read, or {@code null} if it was read to the end
 */
record ImportSummary(String file, long rowsRead, long imported, long rejected, Instant finishedAt, Duration duration,
        String failure) {

    /** Rows read per second. */
    long rowsPerSecond() {
        long millis = Math.max(1, duration.toMillis());
        return rowsRead * 1000 / millis;
    }

    boolean failed() {
        return failure != null;
    }
}
