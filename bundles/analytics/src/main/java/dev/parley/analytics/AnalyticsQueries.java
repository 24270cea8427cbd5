package dev.parley.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.parley.api.analytics.AnalyticsSummary.Csat;
import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.Returning;
import dev.parley.store.schema.Dialect;

/**
 * The aggregate queries behind the summary. Each returns a handful of rows however many messages
 * the period holds: the database counts and averages, Parley never loads the rows.
 */
final class AnalyticsQueries {

    /** Conversations started in the period; every conversation figure is about these. */
    private static final String IN_PERIOD = "c.created_at >= ? AND c.created_at < ?";
    /** A person took part: a handoff, an agent's message, or a person owns it now. */
    static final String HANDED_OFF = "EXISTS (SELECT 1 FROM parley_decision d WHERE d.conversation_id = c.id "
            + "AND d.handoff_trigger IS NOT NULL)";
    static final String HUMAN_INVOLVED = "(" + HANDED_OFF + " OR c.owner = 'HUMAN' OR EXISTS (SELECT 1 FROM "
            + "parley_message m WHERE m.conversation_id = c.id AND m.author = 'AGENT'))";

    private final Dialect dialect;

    AnalyticsQueries(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Conversations, contained ones and handed-off ones. */
    record Volume(long conversations, long contained, long handoffs) {
    }

    Volume volume(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(CASE WHEN " + HUMAN_INVOLVED + " THEN 0 ELSE 1 END), SUM(CASE WHEN "
                + HANDED_OFF + " THEN 1 ELSE 0 END) FROM parley_conversation c WHERE " + IN_PERIOD;
        try (PreparedStatement query = prepare(connection, sql, from, to); ResultSet row = query.executeQuery()) {
            row.next();
            return new Volume(row.getLong(1), row.getLong(2), row.getLong(3));
        }
    }

    /** {@link #volume} per UTC day the conversations started. */
    Map<LocalDate, Volume> volumePerDay(Connection connection, Instant from, Instant to) throws SQLException {
        String day = "CAST(c.created_at AT TIME ZONE 'UTC' AS DATE)";
        String sql = "SELECT " + day + ", COUNT(*), SUM(CASE WHEN " + HUMAN_INVOLVED + " THEN 0 ELSE 1 END), SUM(CASE "
                + "WHEN " + HANDED_OFF + " THEN 1 ELSE 0 END) FROM parley_conversation c WHERE " + IN_PERIOD
                + " GROUP BY " + day;
        Map<LocalDate, Volume> days = new TreeMap<>();
        try (PreparedStatement query = prepare(connection, sql, from, to); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                days.put(rows.getObject(1, LocalDate.class), new Volume(rows.getLong(2), rows.getLong(3),
                        rows.getLong(4)));
            }
        }
        return days;
    }

    /** Ratings given per UTC day: how many, and their sum. */
    record DayRatings(long ratings, long sum) {
    }

    Map<LocalDate, DayRatings> ratingsPerDay(Connection connection, Instant from, Instant to) throws SQLException {
        String day = "CAST(rated_at AT TIME ZONE 'UTC' AS DATE)";
        String sql = "SELECT " + day + ", COUNT(*), SUM(rating) FROM parley_analytics_rating WHERE rated_at >= ? "
                + "AND rated_at < ? GROUP BY " + day;
        Map<LocalDate, DayRatings> days = new TreeMap<>();
        try (PreparedStatement query = prepare(connection, sql, from, to); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                days.put(rows.getObject(1, LocalDate.class), new DayRatings(rows.getLong(2), rows.getLong(3)));
            }
        }
        return days;
    }

    /**
     * From each conversation's first customer message to the first message of anyone else. Two
     * correlated MINs, each answered from the (conversation, author, time) index, were twice as
     * fast on H2 over a million messages as grouping the joined messages.
     */
    Durations firstResponse(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT COUNT(*), AVG(" + millisBetween("asked", "answered") + "), MAX(" + millisBetween("asked",
                "answered") + ") FROM (SELECT (SELECT MIN(m.written_at) FROM parley_message m WHERE m.conversation_id "
                + "= c.id AND m.author = 'CUSTOMER') asked, (SELECT MIN(m.written_at) FROM parley_message m WHERE "
                + "m.conversation_id = c.id AND m.author IN ('ASSISTANT', 'AGENT')) answered FROM parley_conversation c "
                + "WHERE " + IN_PERIOD + ") t WHERE asked IS NOT NULL AND answered >= asked";
        return durations(connection, sql, from, to);
    }

    /** From a resolved conversation's start to its last change, which resolved it. */
    Durations resolution(Connection connection, Instant from, Instant to) throws SQLException {
        String between = millisBetween("c.created_at", "c.updated_at");
        String sql = "SELECT COUNT(*), AVG(" + between + "), MAX(" + between + ") FROM parley_conversation c WHERE "
                + IN_PERIOD + " AND c.owner = 'RESOLVED'";
        return durations(connection, sql, from, to);
    }

    /** Handed-off conversations of the period per value of a decision column, most first. */
    Map<String, Long> handoffsBy(Connection connection, String column, Instant from, Instant to) throws SQLException {
        String sql = "SELECT COALESCE(d." + column + ", 'unknown') k, COUNT(DISTINCT d.conversation_id) n "
                + "FROM parley_conversation c JOIN parley_decision d ON d.conversation_id = c.id WHERE " + IN_PERIOD
                + " AND d.handoff_trigger IS NOT NULL GROUP BY COALESCE(d." + column + ", 'unknown') ORDER BY n DESC, k";
        return counts(connection, sql, from, to);
    }

    Map<String, Long> intentVolume(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT intent, COUNT(*) n FROM parley_decision WHERE decided_at >= ? AND decided_at < ? "
                + "GROUP BY intent ORDER BY n DESC, intent";
        return counts(connection, sql, from, to);
    }

    long ticketsOpened(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT COUNT(ticket_id) FROM parley_decision WHERE decided_at >= ? AND decided_at < ?";
        try (PreparedStatement query = prepare(connection, sql, from, to); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    List<DailySentiment> sentimentTrend(Connection connection, Instant from, Instant to) throws SQLException {
        String day = "CAST(decided_at AT TIME ZONE 'UTC' AS DATE)";
        String sql = "SELECT " + day + " d, COUNT(*), AVG(sentiment_score), SUM(CASE WHEN sentiment_label = 'negative' "
                + "THEN 1 ELSE 0 END) FROM parley_decision WHERE decided_at >= ? AND decided_at < ? GROUP BY " + day
                + " ORDER BY d";
        List<DailySentiment> days = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, sql, from, to); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                days.add(new DailySentiment(rows.getObject(1, LocalDate.class), rows.getLong(2), rows.getDouble(3),
                        rows.getLong(4)));
            }
        }
        return days;
    }

    Csat csat(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT COUNT(*), AVG(CAST(rating AS DOUBLE PRECISION)), SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END) "
                + "FROM parley_analytics_rating WHERE rated_at >= ? AND rated_at < ?";
        try (PreparedStatement query = prepare(connection, sql, from, to); ResultSet row = query.executeQuery()) {
            row.next();
            long ratings = row.getLong(1);
            return ratings == 0 ? new Csat(0, null, null)
                    : new Csat(ratings, row.getDouble(2), (double) row.getLong(3) / ratings);
        }
    }

    /** Known customers of the period, and those with more than one conversation up to its end. */
    Returning returningCustomers(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END) FROM (SELECT h.customer_id, COUNT(*) n "
                + "FROM parley_conversation h WHERE h.created_at < ? AND h.customer_id IN (SELECT c.customer_id FROM "
                + "parley_conversation c WHERE " + IN_PERIOD + " AND c.customer_id IS NOT NULL) GROUP BY h.customer_id) t";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, timestamp(to));
            query.setObject(2, timestamp(from));
            query.setObject(3, timestamp(to));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long customers = row.getLong(1);
                long returning = row.getLong(2);
                return new Returning(customers, returning, customers == 0 ? null : (double) returning / customers);
            }
        }
    }

    private Durations durations(Connection connection, String sql, Instant from, Instant to) throws SQLException {
        try (PreparedStatement query = prepare(connection, sql, from, to); ResultSet row = query.executeQuery()) {
            row.next();
            long count = row.getLong(1);
            return count == 0 ? new Durations(0, null, null)
                    : new Durations(count, row.getDouble(2) / 1000.0, row.getDouble(3) / 1000.0);
        }
    }

    static Map<String, Long> counts(Connection connection, String sql, Instant from, Instant to)
            throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement query = prepare(connection, sql, from, to); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    static PreparedStatement prepare(Connection connection, String sql, Instant from, Instant to)
            throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        query.setObject(1, timestamp(from));
        query.setObject(2, timestamp(to));
        return query;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Milliseconds from one timestamp column to another, as a floating-point number. */
    String millisBetween(String start, String end) {
        return switch (dialect) {
            case H2 -> "CAST(DATEDIFF('MILLISECOND', " + start + ", " + end + ") AS DOUBLE PRECISION)";
            case POSTGRESQL -> "(EXTRACT(EPOCH FROM (" + end + " - " + start + ")) * 1000)";
        };
    }
}
