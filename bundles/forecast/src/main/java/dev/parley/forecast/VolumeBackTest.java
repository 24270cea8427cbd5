package dev.parley.forecast;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

import dev.parley.api.forecast.BackTest;
import dev.parley.api.forecast.ForecastMethod;
import dev.parley.api.forecast.Granularity;

/**
 * The back-test of counts from elsewhere than the store, e.g. timestamps of a CSV file, for the
 * {@code parley-forecast} command: the same series, season choice, method and rolling-origin
 * evaluation as the service.
 */
public final class VolumeBackTest {

    /**
     * What the back-test found.
     *
     * @param periods the periods of the series (from its first count on)
     * @param seasonLength the season used
     * @param method the method the forecaster used at the last origin
     * @param backTest the figures of the method and of the seasonal naive forecast
     * @param seconds the time the back-test took
     */
    public record Result(int periods, int seasonLength, ForecastMethod method, BackTest backTest, double seconds) {
    }

    private VolumeBackTest() {
    }

    /**
     * Conversations started per local period in a Parley store, as the service counts them.
     *
     * @param connection a connection to the store's database (H2 or PostgreSQL)
     * @param zone a region id such as Europe/Berlin, or UTC
     * @throws IllegalArgumentException if the zone is of another kind
     */
    public static Map<LocalDateTime, Long> storeCounts(Connection connection, Granularity granularity, ZoneId zone,
            Instant from, Instant to) throws SQLException {
        return VolumeHistory.counts(connection, granularity, zone, from, to);
    }

    /**
     * Back-tests the forecast of the counts up to {@code end} (exclusive).
     *
     * @param counts counts per local period start (truncated to its hour or day)
     * @param damped whether Holt-Winters' trend is damped
     * @param weeklyHours whether hourly series of three weeks or more use a weekly season
     * @param origins the most forecast origins
     * @param closedSeasons seasons of no count after which a period is forecast 0; 0: never
     */
    public static Result run(Granularity granularity, Map<LocalDateTime, Long> counts, LocalDateTime end,
            boolean damped, boolean weeklyHours, int origins, int closedSeasons) {
        long started = System.nanoTime();
        VolumeSeries series = VolumeSeries.of(granularity, ZoneId.of("UTC"), counts, end);
        double[] values = series.counts();
        ForecastSettings settings = new ForecastSettings(damped, weeklyHours, ForecastSettings.DEFAULTS.intervalLevel(),
                origins, closedSeasons);
        int season = settings.seasonLength(granularity, values.length);
        SeriesForecaster forecaster = new SeriesForecaster(settings);
        BackTest backTest = new BackTester(forecaster, origins).run(values, season);
        int lastOrigin = Math.max(0, values.length - season);
        ForecastMethod method = forecaster.predict(Arrays.copyOf(values, lastOrigin), season, 1).method();
        return new Result(values.length, season, method, backTest, (System.nanoTime() - started) / 1e9);
    }
}
