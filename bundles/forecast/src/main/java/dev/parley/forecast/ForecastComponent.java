package dev.parley.forecast;

import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.forecast.Forecast;
import dev.parley.api.forecast.Granularity;
import dev.parley.api.forecast.VolumeForecaster;
import dev.parley.api.store.StoreUnavailableException;
import dev.parley.store.schema.StoreDatabase;

/**
 * The {@link VolumeForecaster} service over the store's conversations. A fitted forecast is kept
 * per granularity for {@code refitMinutes}, so that a dashboard polling the endpoint does not
 * refit at every request. A configuration change restarts it. Its health check reports the last
 * fit of each granularity as kept here; it never fits.
 */
@Component(service = { VolumeForecaster.class, HealthCheck.class }, configurationPid = ForecastComponent.PID,
        property = { HealthCheck.NAME + "=Volume forecast", HealthCheck.TAGS + "=parley",
                HealthCheck.TAGS + "=forecast" })
@Designate(ocd = ForecastComponent.Config.class)
public final class ForecastComponent implements VolumeForecaster, HealthCheck {

    public static final String PID = "dev.parley.forecast";

    private static final Logger LOG = LoggerFactory.getLogger(ForecastComponent.class);

    @ObjectClassDefinition(name = "Parley volume forecast", description = "Forecasts of conversations started per "
            + "hour and per day for staffing: Holt-Winters over the store's history, back-tested against a seasonal "
            + "naive forecast.")
    public @interface Config {
        @AttributeDefinition(description = "The time zone of the shop's hours and days, a region id such as "
                + "Europe/Berlin, or UTC.")
        String timeZone() default "Europe/Berlin";

        @AttributeDefinition(description = "Days of history an hourly forecast learns from (7-3650).")
        int hourlyHistoryDays() default 84;

        @AttributeDefinition(description = "Days of history a daily forecast learns from (14-3650).")
        int dailyHistoryDays() default 730;

        @AttributeDefinition(description = "Whether the trend fades out over the horizon (damped Holt-Winters) "
                + "instead of going on in a straight line.")
        boolean dampedTrend() default true;

        @AttributeDefinition(description = "Whether hourly forecasts use a weekly season (168 hours) once three "
                + "weeks of history exist, rather than a daily one (24 hours).")
        boolean weeklyHourlySeason() default true;

        @AttributeDefinition(description = "Coverage of the prediction intervals (0.5-0.99).")
        double intervalLevel() default 0.8;

        @AttributeDefinition(description = "Forecast origins of the back-test, one season apart (1-52).")
        int backTestOrigins() default 4;

        @AttributeDefinition(description = "An hour or weekday with no conversation in each of this many latest "
                + "seasons is taken as closed and forecast 0 (0-52; 0: never).")
        int closedSeasons() default 3;

        @AttributeDefinition(description = "Minutes a fitted forecast is kept before it is fitted again to the "
                + "latest history (1-1440).")
        int refitMinutes() default 10;
    }

    private final VolumeHistory history;
    private final ZoneId zone;
    private final Map<Granularity, Integer> historyDays = new EnumMap<>(Granularity.class);
    private final Duration refitAfter;
    private final VolumeForecastModel model;
    private final Clock clock;
    private final Map<Granularity, FittedForecast> fitted = new EnumMap<>(Granularity.class);
    /** The failure of the latest fit per granularity, removed once a fit succeeds again. */
    private final Map<Granularity, VolumeForecastHealthCheck.Failure> failures = new EnumMap<>(Granularity.class);

    @Activate
    public ForecastComponent(@Reference StoreDatabase database, Config config) {
        this(new VolumeHistory(database.dataSource()), config, Clock.systemUTC());
    }

    ForecastComponent(VolumeHistory history, Config config, Clock clock) {
        this.history = history;
        this.zone = zone(config.timeZone());
        historyDays.put(Granularity.HOUR, within("hourlyHistoryDays", config.hourlyHistoryDays(), 7, 3650));
        historyDays.put(Granularity.DAY, within("dailyHistoryDays", config.dailyHistoryDays(), 14, 3650));
        this.refitAfter = Duration.ofMinutes(within("refitMinutes", config.refitMinutes(), 1, 1440));
        this.model = new VolumeForecastModel(new ForecastSettings(config.dampedTrend(), config.weeklyHourlySeason(),
                level(config.intervalLevel()), within("backTestOrigins", config.backTestOrigins(), 1, 52), within("closedSeasons", config.closedSeasons(), 0, 52)));
        this.clock = clock;
        LOG.info("Volume forecast ready: time zone {}, {} days of hourly and {} days of daily history, refit every {} "
                + "min", zone, historyDays.get(Granularity.HOUR), historyDays.get(Granularity.DAY), refitAfter.toMinutes());
    }

    @Override
    public Forecast forecast(Granularity granularity, int horizon) {
        Objects.requireNonNull(granularity, "granularity");
        int maximum = granularity == Granularity.HOUR ? MAX_HOURS : MAX_DAYS;
        if (horizon < 1 || horizon > maximum) {
            throw new IllegalArgumentException("horizon must be from 1 to " + maximum + " for " + granularity
                    + ", was " + horizon);
        }
        Instant now = clock.instant();
        LocalDateTime current = VolumeSeries.periodOf(granularity, zone, now);
        synchronized (fitted) {
            FittedForecast cached = fitted.get(granularity);
            if (cached != null && cached.fittedAt().plus(refitAfter).isAfter(now)) {
                Forecast forecast = model.read(cached, current, horizon);
                if (forecast != null) {
                    return forecast;
                }
            }
            FittedForecast fresh;
            try {
                fresh = fit(granularity, current, now);
            } catch (RuntimeException e) {
                failures.put(granularity, new VolumeForecastHealthCheck.Failure(reason(e), now));
                throw e;
            }
            failures.remove(granularity);
            fitted.put(granularity, fresh);
            return model.read(fresh, current, horizon);
        }
    }

    @Override
    public Result execute() {
        synchronized (fitted) {
            return VolumeForecastHealthCheck.of(fitted, failures);
        }
    }

    /** The reason of a failed fit as the admin reads it: the database's message, not the hint at this check. */
    private static String reason(RuntimeException e) {
        Throwable cause = e instanceof StoreUnavailableException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SQLException sql) {
            return "reading the conversation history failed: " + sql.getMessage() + " (SQLSTATE " + sql.getSQLState()
                    + ")";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private FittedForecast fit(Granularity granularity, LocalDateTime current, Instant now) {
        LocalDateTime from = current.minusDays(historyDays.get(granularity));
        VolumeSeries series;
        try {
            series = VolumeSeries.of(granularity, zone, history.counts(granularity, zone, from.atZone(zone).toInstant(),
                    current.atZone(zone).toInstant()), current);
        } catch (SQLException e) {
            throw new StoreUnavailableException("forecast: reading the conversation history failed: " + e.getMessage()
                    + " (SQLSTATE " + e.getSQLState() + "); check /system/health", e);
        }
        long started = System.nanoTime();
        FittedForecast fresh = model.fit(series, now);
        LOG.debug("fitted the {} forecast to {} periods in {} ms: {} (season {}), back-test MAPE {} against seasonal "
                + "naive {}", granularity, series.counts().length, (System.nanoTime() - started) / 1_000_000,
                fresh.prediction().method(), fresh.season(), fresh.backTest().method().mape(),
                fresh.backTest().seasonalNaive().mape());
        return fresh;
    }

    private static ZoneId zone(String name) {
        try {
            ZoneId zone = ZoneId.of(name.strip());
            if (VolumeHistory.ZONE_NAME.matcher(zone.getId()).matches()) {
                return zone;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        LOG.warn("{}: timeZone '{}' is not a region id such as Europe/Berlin, or UTC; using UTC", PID, name);
        return ZoneId.of("UTC");
    }

    private static double level(double value) {
        if (value >= 0.5 && value <= 0.99) {
            return value;
        }
        LOG.warn("{}: intervalLevel {} is outside 0.5-0.99; using 0.8", PID, value);
        return 0.8;
    }

    private static int within(String property, int value, int minimum, int maximum) {
        if (value < minimum || value > maximum) {
            int clamped = Math.max(minimum, Math.min(maximum, value));
            LOG.warn("{}: {} {} is outside {}-{}; using {}", PID, property, value, minimum, maximum, clamped);
            return clamped;
        }
        return value;
    }
}
