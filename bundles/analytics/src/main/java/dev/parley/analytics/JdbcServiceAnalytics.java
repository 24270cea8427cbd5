package dev.parley.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import javax.sql.DataSource;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.Csat;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.RatingOutcome;
import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.api.store.StoreUnavailableException;
import dev.parley.store.schema.Dialect;

/** Ratings and summaries over the store's database, with the configured targets and costs. */
final class JdbcServiceAnalytics implements ServiceAnalytics {

    private final DataSource dataSource;
    private final AnalyticsQueries queries;
    private final RatingStore ratings = new RatingStore();
    private final Targets targets;
    private final Clock clock;

    JdbcServiceAnalytics(DataSource dataSource, Dialect dialect, Targets targets, Clock clock) {
        this.dataSource = dataSource;
        this.queries = new AnalyticsQueries(dialect);
        this.targets = targets;
        this.clock = clock;
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
        try (Connection connection = dataSource.getConnection()) {
            // One read-only snapshot is not needed: the figures are statistics, read in a few ms of each other.
            connection.setReadOnly(true);
            AnalyticsQueries.Volume volume = queries.volume(connection, from, to);
            Durations firstResponse = queries.firstResponse(connection, from, to);
            Durations resolution = queries.resolution(connection, from, to);
            Csat csat = queries.csat(connection, from, to);
            long conversations = volume.conversations();
            return new AnalyticsSummary(from, to, conversations, firstResponse, resolution, volume.contained(),
                    rate(volume.contained(), conversations), volume.handoffs(), rate(volume.handoffs(), conversations),
                    queries.handoffsBy(connection, "handoff_trigger", from, to),
                    queries.handoffsBy(connection, "handoff_queue", from, to),
                    queries.ticketsOpened(connection, from, to), queries.intentVolume(connection, from, to),
                    queries.sentimentTrend(connection, from, to), csat,
                    queries.returningCustomers(connection, from, to),
                    targets.costs(conversations, volume.contained(), volume.handoffs()),
                    targets.evaluate(firstResponse, resolution, csat));
        } catch (SQLException e) {
            throw unavailable("reading the analytics summary", e);
        }
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static StoreUnavailableException unavailable(String operation, SQLException e) {
        return new StoreUnavailableException("analytics: " + operation + " failed: " + e.getMessage()
                + " (SQLSTATE " + e.getSQLState() + "); check /system/health", e);
    }
}
