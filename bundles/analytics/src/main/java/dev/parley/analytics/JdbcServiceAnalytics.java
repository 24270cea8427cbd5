package dev.parley.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.Csat;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.Returning;
import dev.parley.api.analytics.DailyFigures;
import dev.parley.api.analytics.RatingOutcome;
import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.api.store.StoreUnavailableException;
import dev.parley.store.schema.Dialect;

/**
 * Ratings, summaries and daily figures over the store's database, with the configured targets and
 * costs: conversation figures from the per-conversation rollup once it is complete, caught up
 * before every read; from the store's tables until then.
 */
final class JdbcServiceAnalytics implements ServiceAnalytics {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcServiceAnalytics.class);

    private final DataSource dataSource;
    private final AnalyticsQueries queries;
    private final RatingStore ratings = new RatingStore();
    private final Targets targets;
    private final Clock clock;
    private final ConversationRollup rollup;
    private final RollupQueries rolled;

    /**
     * @param rollup the rollup to read when it is complete, or {@code null} to read the store's
     *     tables only (the reference the rollup is tested against)
     */
    JdbcServiceAnalytics(DataSource dataSource, Dialect dialect, Targets targets, Clock clock,
            ConversationRollup rollup) {
        this.dataSource = dataSource;
        this.queries = new AnalyticsQueries(dialect);
        this.targets = targets;
        this.clock = clock;
        this.rollup = rollup;
        this.rolled = new RollupQueries(queries);
    }

    @Override
    public RatingOutcome rate(String conversationId, int rating, String comment) {
        Objects.requireNonNull(conversationId, "conversationId");
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be an integer from " + MIN_RATING + " to " + MAX_RATING
                    + ", was " + rating);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            return ratings.rate(connection, conversationId, rating, comment, clock.instant());
        } catch (SQLException e) {
            throw unavailable("recording a rating", e);
        }
    }

    @Override
    public AnalyticsSummary summary(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        boolean rolledUp = caughtUp();
        try (Connection connection = dataSource.getConnection()) {
            // One read-only snapshot is not needed: the figures are statistics, read in a few ms of each other.
            connection.setReadOnly(true);
            Csat csat = queries.csat(connection, from, to);
            if (rolledUp) {
                RollupQueries.Conversations figures = rolled.conversations(connection, from, to);
                return summary(from, to, figures.volume(), figures.firstResponse(), figures.resolution(),
                        rolled.handoffsBy(connection, "handoff_trigger", from, to),
                        rolled.handoffsBy(connection, "handoff_queue", from, to),
                        rolled.decisions(connection, from, to), csat, rolled.returningCustomers(connection, from, to));
            }
            return summary(from, to, queries.volume(connection, from, to), queries.firstResponse(connection, from, to),
                    queries.resolution(connection, from, to),
                    queries.handoffsBy(connection, "handoff_trigger", from, to),
                    queries.handoffsBy(connection, "handoff_queue", from, to),
                    new RollupQueries.Decisions(queries.intentVolume(connection, from, to),
                            queries.ticketsOpened(connection, from, to), queries.sentimentTrend(connection, from, to)),
                    csat, queries.returningCustomers(connection, from, to));
        } catch (SQLException e) {
            throw unavailable("reading the analytics summary", e);
        }
    }

    @Override
    public List<DailyFigures> daily(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        DailyTrend.check(from, to);
        boolean rolledUp = caughtUp();
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return DailyTrend.join(from, to, rolledUp ? rolled.volumePerDay(connection, from, to)
                    : queries.volumePerDay(connection, from, to), queries.sentimentTrend(connection, from, to),
                    queries.ratingsPerDay(connection, from, to));
        } catch (SQLException e) {
            throw unavailable("reading the daily figures", e);
        }
    }

    /**
     * Brings the rollup up to date before a read, so that what was written just before counts.
     *
     * @return whether the rollup can be read; if not (no rollup, backfill still running, or the
     *     catch-up failed), the store's tables are read directly: slower, equally exact
     */
    private boolean caughtUp() {
        if (rollup == null) {
            return false;
        }
        try {
            return rollup.catchUp() >= 0;
        } catch (SQLException e) {
            LOG.warn("Analytics rollup could not catch up, reading the store's tables instead: {} (SQLSTATE {})",
                    e.getMessage(), e.getSQLState());
            return false;
        }
    }

    private AnalyticsSummary summary(Instant from, Instant to, AnalyticsQueries.Volume volume, Durations firstResponse,
            Durations resolution, Map<String, Long> byReason, Map<String, Long> byQueue,
            RollupQueries.Decisions decisions, Csat csat, Returning returning) {
        long conversations = volume.conversations();
        return new AnalyticsSummary(from, to, conversations, firstResponse, resolution, volume.contained(),
                rate(volume.contained(), conversations), volume.handoffs(), rate(volume.handoffs(), conversations),
                byReason, byQueue, decisions.ticketsOpened(), decisions.intentVolume(), decisions.sentimentTrend(),
                csat, returning, targets.costs(conversations, volume.contained(), volume.handoffs()),
                targets.evaluate(firstResponse, resolution, csat));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static StoreUnavailableException unavailable(String operation, SQLException e) {
        return new StoreUnavailableException("analytics: " + operation + " failed: " + e.getMessage()
                + " (SQLSTATE " + e.getSQLState() + "); check /system/health", e);
    }
}
