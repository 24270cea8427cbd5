package dev.parley.forecast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.parley.api.forecast.Granularity;

/**
 * Conversations started per local hour or day, counted by the database (one row per period with
 * conversations, whatever their number), on H2 and PostgreSQL alike. Fields are taken apart with
 * EXTRACT, which both read in the zone given by AT TIME ZONE; a CAST to DATE would follow the
 * session's zone on H2.
 */
final class VolumeHistory {

    /** Region ids and UTC: the only zone names both databases read the same (offsets are POSIX-inverted in PostgreSQL). */
    static final Pattern ZONE_NAME = Pattern.compile("UTC|[A-Za-z]+(/[A-Za-z0-9_+-]+)+");

    private final DataSource dataSource;

    VolumeHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Counts per period of conversations created from {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @return local period start to count; periods without conversations are absent
     */
    Map<LocalDateTime, Long> counts(Granularity granularity, ZoneId zone, Instant from, Instant to)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return counts(connection, granularity, zone, from, to);
        }
    }

    /** The same on a connection of the caller's, e.g. the command line's. */
    static Map<LocalDateTime, Long> counts(Connection connection, Granularity granularity, ZoneId zone, Instant from,
            Instant to) throws SQLException {
        String name = zone.getId();
        if (!ZONE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("time zone '" + name + "' must be a region id such as Europe/Berlin, or UTC");
        }
        String local = "c.created_at AT TIME ZONE '" + name + "'";
        String key = "EXTRACT(YEAR FROM " + local + ") * 1000000 + EXTRACT(MONTH FROM " + local + ") * 10000 + EXTRACT("
                + "DAY FROM " + local + ") * 100" + (granularity == Granularity.HOUR ? " + EXTRACT(HOUR FROM " + local
                        + ")" : "");
        String sql = "SELECT " + key + " period_key, COUNT(*) FROM parley_conversation c WHERE c.created_at >= ? AND "
                + "c.created_at < ? GROUP BY period_key";
        Map<LocalDateTime, Long> counts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, from.atOffset(ZoneOffset.UTC));
            query.setObject(2, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.merge(period(rows.getLong(1)), rows.getLong(2), Long::sum);
                }
            }
        }
        return counts;
    }

    /** {@code yyyyMMddHH} as a number back to the local hour (day: hour 0). */
    private static LocalDateTime period(long key) {
        int hour = (int) (key % 100);
        long date = key / 100;
        return LocalDateTime.of((int) (date / 10000), (int) (date / 100 % 100), (int) (date % 100), hour, 0);
    }
}
