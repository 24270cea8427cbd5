package dev.parley.analytics;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rollup in the background: at once (the first backfill), then every interval. A failed
 * run is logged and tried again at the next interval; the rollup's state stays where the last
 * committed batch left it.
 */
final class RollupJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RollupJob.class);

    private final ConversationRollup rollup;
    private volatile String lastFailure;

    private RollupJob(ConversationRollup rollup) {
        this.rollup = rollup;
    }

    static ScheduledExecutorService schedule(ConversationRollup rollup, int intervalSeconds) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "parley-analytics-rollup");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(new RollupJob(rollup), 0, Math.max(1, intervalSeconds), TimeUnit.SECONDS);
        return scheduler;
    }

    @Override
    public void run() {
        try {
            long recomputed = rollup.run();
            if (lastFailure != null) {
                LOG.info("Analytics rollup runs again ({} conversations recomputed)", recomputed);
                lastFailure = null;
            }
        } catch (SQLException e) {
            String failure = e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")";
            if (!failure.equals(lastFailure)) {
                LOG.warn("Analytics rollup failed, trying again at the next interval; summaries read the store's "
                        + "tables meanwhile if it is not complete: {}", failure);
            }
            lastFailure = failure;
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: keep the job alive
            LOG.warn("Analytics rollup failed, trying again at the next interval", e);
        }
    }
}
