package dev.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.api.forecast.Granularity;
import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/**
 * Conversations counted per local hour and day by the database, on real H2 and PostgreSQL
 * (PostgreSQL fails instead of skipping with {@code CI=true}), around the night in March 2026 when
 * Berlin moves its clocks from 02:00 to 03:00.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class VolumeHistoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Backend backend;
    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    private VolumeHistory history;

    VolumeHistoryTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void conversations() throws SQLException {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        pool.migrate("parley", ConnectionPool.class.getClassLoader(), "db/parley");
        history = new VolumeHistory(pool.dataSource());
        try (ConversationRows rows = new ConversationRows(pool.dataSource())) {
            rows.startedAt(Instant.parse("2026-03-28T22:59:59Z")) // 23:59 CET on the 28th
                    .startedAt(Instant.parse("2026-03-28T23:00:00Z")) // 00:00 CET on the 29th
                    .startedAt(Instant.parse("2026-03-28T23:30:00Z"))
                    .startedAt(Instant.parse("2026-03-29T00:45:00Z")) // 01:45 CET
                    .startedAt(Instant.parse("2026-03-29T01:15:00Z")) // 03:15 CEST
                    .startedAt(Instant.parse("2026-03-29T21:59:00Z")) // 23:59 CEST, still the 29th
                    .startedAt(Instant.parse("2026-03-29T22:00:00Z")); // the 30th: outside the period asked
        }
    }

    @AfterEach
    void close() throws SQLException {
        pool.close();
        database.close();
    }

    @Test
    void countsPerLocalHour() throws SQLException {
        Map<LocalDateTime, Long> counts = history.counts(Granularity.HOUR, BERLIN, Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-03-29T22:00:00Z"));

        assertThat(counts).containsOnly(Map.entry(LocalDateTime.parse("2026-03-28T23:00"), 1L),
                Map.entry(LocalDateTime.parse("2026-03-29T00:00"), 2L),
                Map.entry(LocalDateTime.parse("2026-03-29T01:00"), 1L),
                Map.entry(LocalDateTime.parse("2026-03-29T03:00"), 1L),
                Map.entry(LocalDateTime.parse("2026-03-29T23:00"), 1L));
    }

    @Test
    void countsPerLocalDay() throws SQLException {
        Map<LocalDateTime, Long> counts = history.counts(Granularity.DAY, BERLIN, Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-03-29T22:00:00Z"));

        assertThat(counts).containsOnly(Map.entry(LocalDateTime.parse("2026-03-28T00:00"), 1L),
                Map.entry(LocalDateTime.parse("2026-03-29T00:00"), 5L));
    }

    @Test
    void countsPerUtcDay() throws SQLException {
        Map<LocalDateTime, Long> counts = history.counts(Granularity.DAY, ZoneId.of("UTC"),
                Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z"));

        assertThat(counts).containsOnly(Map.entry(LocalDateTime.parse("2026-03-28T00:00"), 3L),
                Map.entry(LocalDateTime.parse("2026-03-29T00:00"), 4L));
    }

    @Test
    void theSkippedHourIsAZeroAndTheSeriesKeepsItsClockHours() throws SQLException {
        LocalDateTime end = LocalDateTime.parse("2026-03-30T00:00");
        VolumeSeries series = VolumeSeries.of(Granularity.HOUR, BERLIN, history.counts(Granularity.HOUR, BERLIN,
                Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-29T22:00:00Z")), end);

        assertThat(series.start()).isEqualTo(LocalDateTime.parse("2026-03-28T23:00"));
        // 23:00 on the 28th to midnight on the 30th: 25 wall-clock hours, 02:00 among them
        assertThat(series.counts()).hasSize(25);
        assertThat(series.counts()[3]).isZero();
        assertThat(series.exists(LocalDateTime.parse("2026-03-29T02:00"))).isFalse();
        assertThat(series.counts()[4]).isEqualTo(1);
    }
}
