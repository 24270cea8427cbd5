package dev.parley.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.Returning;

/**
 * The summary's figures read from the per-conversation rollup instead of the store's messages: the
 * same definitions as {@link AnalyticsQueries}, which stays the reference the tests compare with.
 * Conversation figures are one pass over the period's rollup rows; decision figures one pass over
 * the period's decisions.
 */
final class RollupQueries {

    private static final String IN_PERIOD = "r.created_at >= ? AND r.created_at < ?";

    private final AnalyticsQueries live;

    RollupQueries(AnalyticsQueries live) {
        this.live = live;
    }

    /** The conversation figures of a period. */
    record Conversations(AnalyticsQueries.Volume volume, Durations firstResponse, Durations resolution) {
    }

    Conversations conversations(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(1 - r.human_involved), SUM(r.handed_off), COUNT(r.first_response_millis), "
                + "AVG(r.first_response_millis), MAX(r.first_response_millis), COUNT(r.resolution_millis), "
                + "AVG(r.resolution_millis), MAX(r.resolution_millis) FROM parley_analytics_conversation r WHERE "
                + IN_PERIOD;
        try (PreparedStatement query = AnalyticsQueries.prepare(connection, sql, from, to);
                ResultSet row = query.executeQuery()) {
            row.next();
            return new Conversations(new AnalyticsQueries.Volume(row.getLong(1), row.getLong(2), row.getLong(3)),
                    durations(row, 4), durations(row, 7));
        }
    }

    /** Handed-off conversations per value of a decision column: only their own decisions are read. */
    Map<String, Long> handoffsBy(Connection connection, String column, Instant from, Instant to) throws SQLException {
        String key = "COALESCE(d." + column + ", 'unknown')";
        String sql = "SELECT " + key + " k, COUNT(DISTINCT d.conversation_id) n FROM parley_analytics_conversation r "
                + "JOIN parley_decision d ON d.conversation_id = r.conversation_id WHERE " + IN_PERIOD
                + " AND r.handed_off = 1 AND d.handoff_trigger IS NOT NULL GROUP BY " + key + " ORDER BY n DESC, k";
        return AnalyticsQueries.counts(connection, sql, from, to);
    }

    /**
     * The same count as {@link AnalyticsQueries#returningCustomers}: a customer of the period has
     * more than one conversation up to its end when they have two in the period or one before it,
     * which one index probe per customer answers instead of counting their whole history.
     */
    Returning returningCustomers(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(CASE WHEN t.n > 1 OR EXISTS (SELECT 1 FROM parley_analytics_conversation h "
                + "WHERE h.customer_id = t.customer_id AND h.created_at < ?) THEN 1 ELSE 0 END) FROM (SELECT "
                + "r.customer_id, COUNT(*) n FROM parley_analytics_conversation r WHERE " + IN_PERIOD
                + " AND r.customer_id IS NOT NULL GROUP BY r.customer_id) t";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, AnalyticsQueries.timestamp(from));
            query.setObject(2, AnalyticsQueries.timestamp(from));
            query.setObject(3, AnalyticsQueries.timestamp(to));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long customers = row.getLong(1);
                long returning = row.getLong(2);
                return new Returning(customers, returning, customers == 0 ? null : (double) returning / customers);
            }
        }
    }

    /** The decision figures of a period. */
    record Decisions(Map<String, Long> intentVolume, long ticketsOpened, List<DailySentiment> sentimentTrend) {
    }

    /**
     * Intents, tickets and the sentiment trend from one pass over the period's decisions, grouped
     * by day and intent. Rows come ordered by intent in the database's collation, and the stable
     * sort by count keeps that order among equal counts, as {@code ORDER BY n DESC, intent} does.
     */
    Decisions decisions(Connection connection, Instant from, Instant to) throws SQLException {
        String day = "CAST(decided_at AT TIME ZONE 'UTC' AS DATE)";
        String sql = "SELECT intent, " + day + " d, COUNT(*), COUNT(ticket_id), SUM(sentiment_score), SUM(CASE WHEN "
                + "sentiment_label = 'negative' THEN 1 ELSE 0 END) FROM parley_decision WHERE decided_at >= ? AND "
                + "decided_at < ? GROUP BY intent, " + day + " ORDER BY intent";
        Map<String, Long> intents = new LinkedHashMap<>();
        Map<LocalDate, double[]> days = new TreeMap<>();
        long tickets = 0;
        try (PreparedStatement query = AnalyticsQueries.prepare(connection, sql, from, to);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long decisions = rows.getLong(3);
                intents.merge(rows.getString(1), decisions, Long::sum);
                tickets += rows.getLong(4);
                double[] sums = days.computeIfAbsent(rows.getObject(2, LocalDate.class), d -> new double[3]);
                sums[0] += decisions;
                sums[1] += rows.getDouble(5);
                sums[2] += rows.getLong(6);
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(intents.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        Map<String, Long> intentVolume = new LinkedHashMap<>();
        sorted.forEach(entry -> intentVolume.put(entry.getKey(), entry.getValue()));
        List<DailySentiment> trend = new ArrayList<>(days.size());
        days.forEach((date, sums) -> trend.add(new DailySentiment(date, (long) sums[0], sums[1] / sums[0],
                (long) sums[2])));
        return new Decisions(intentVolume, tickets, trend);
    }

    /** Conversations, contained ones and handoffs per day the conversations started (UTC). */
    Map<LocalDate, AnalyticsQueries.Volume> volumePerDay(Connection connection, Instant from, Instant to)
            throws SQLException {
        String sql = "SELECT r.created_day, COUNT(*), SUM(1 - r.human_involved), SUM(r.handed_off) FROM "
                + "parley_analytics_conversation r WHERE " + IN_PERIOD + " GROUP BY r.created_day";
        Map<LocalDate, AnalyticsQueries.Volume> days = new TreeMap<>();
        try (PreparedStatement query = AnalyticsQueries.prepare(connection, sql, from, to);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                days.put(rows.getObject(1, LocalDate.class), new AnalyticsQueries.Volume(rows.getLong(2),
                        rows.getLong(3), rows.getLong(4)));
            }
        }
        return days;
    }

    private static Durations durations(ResultSet row, int first) throws SQLException {
        long count = row.getLong(first);
        return count == 0 ? new Durations(0, null, null)
                : new Durations(count, row.getDouble(first + 1) / 1000.0, row.getDouble(first + 2) / 1000.0);
    }
}
