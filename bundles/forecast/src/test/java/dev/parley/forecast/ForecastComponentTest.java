package dev.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.api.forecast.Forecast;
import dev.parley.api.forecast.ForecastMethod;
import dev.parley.api.forecast.ForecastPoint;
import dev.parley.api.forecast.Granularity;
import dev.parley.api.store.StoreUnavailableException;
import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/**
 * The service over four weeks of a shop open 9-17 on weekdays in UTC, two conversations an hour
 * on Mondays and one on the other weekdays: its forecasts follow that week.
 */
class ForecastComponentTest {

    /** Monday 6 April 2026, 00:00 UTC: four weeks of history end here. */
    private static final Instant NOW = Instant.parse("2026-04-06T00:00:00Z");

    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    private final MutableClock clock = new MutableClock(NOW.plus(Duration.ofMinutes(30)));

    @BeforeEach
    void history() throws SQLException {
        database = TestDatabase.create(Backend.H2, folder);
        pool = database.open();
        pool.migrate("parley", ConnectionPool.class.getClassLoader(), "db/parley");
        try (ConversationRows rows = new ConversationRows(pool.dataSource())) {
            for (Instant hour = NOW.minus(Duration.ofDays(28)); hour.isBefore(NOW); hour = hour.plus(Duration.ofHours(1))) {
                for (int i = 0; i < contactsIn(hour); i++) {
                    rows.startedAt(hour.plus(Duration.ofMinutes(10 + 20 * i)));
                }
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        pool.close();
        database.close();
    }

    private static int contactsIn(Instant hour) {
        ZonedDateTime time = hour.atZone(ZoneOffset.UTC);
        int weekday = time.getDayOfWeek().getValue();
        if (weekday > 5 || time.getHour() < 9 || time.getHour() >= 17) {
            return 0;
        }
        return weekday == 1 ? 2 : 1;
    }

    @Test
    void hourlyForecastFollowsTheWeeklyPattern() {
        ForecastComponent component = component(10);

        Forecast forecast = component.forecast(Granularity.HOUR, 168);

        assertThat(forecast.method()).isEqualTo(ForecastMethod.HOLT_WINTERS_DAMPED);
        assertThat(forecast.seasonLength()).isEqualTo(168);
        assertThat(forecast.timeZone()).isEqualTo("UTC");
        assertThat(forecast.historyStart()).isEqualTo(NOW.minus(Duration.ofDays(28)).plus(Duration.ofHours(9)));
        assertThat(forecast.backTest().origins()).isEqualTo(2);
        List<ForecastPoint> points = forecast.points();
        assertThat(points).hasSize(168);
        assertThat(points.get(0).periodStart()).isEqualTo(NOW);
        for (ForecastPoint point : points) {
            double expected = contactsIn(point.periodStart());
            assertThat(point.predicted()).as(point.periodStart().toString()).isCloseTo(expected,
                    org.assertj.core.api.Assertions.within(0.25));
            assertThat(point.lower()).isLessThanOrEqualTo(point.predicted());
            assertThat(point.upper()).isGreaterThanOrEqualTo(point.predicted());
        }
    }

    @Test
    void dailyForecastCountsEachWeekday() {
        Forecast forecast = component(10).forecast(Granularity.DAY, 14);

        assertThat(forecast.seasonLength()).isEqualTo(7);
        assertThat(forecast.points()).hasSize(14);
        // Monday 16, Tuesday to Friday 8, weekends 0
        assertThat(forecast.points().get(0).predicted()).isCloseTo(16, org.assertj.core.api.Assertions.within(1.0));
        assertThat(forecast.points().get(1).predicted()).isCloseTo(8, org.assertj.core.api.Assertions.within(1.0));
        assertThat(forecast.points().get(5).predicted()).isZero();
        assertThat(forecast.backTest().method().mape()).isLessThan(5.0);
    }

    @Test
    void aFittedForecastIsKeptForTheRefitIntervalAndMovesOnWithTheClock() {
        ForecastComponent component = component(10);
        Forecast first = component.forecast(Granularity.HOUR, 24);

        clock.now = clock.now.plus(Duration.ofMinutes(5));
        Forecast kept = component.forecast(Granularity.HOUR, 24);
        assertThat(kept.fittedAt()).isEqualTo(first.fittedAt());

        clock.now = NOW.plus(Duration.ofMinutes(50));
        Forecast refitted = component.forecast(Granularity.HOUR, 24);
        assertThat(refitted.fittedAt()).isEqualTo(clock.now);
    }

    @Test
    void anEmptyStoreForecastsZeroAndSaysWhy() throws SQLException {
        clock.now = NOW.plus(Duration.ofDays(800));

        Forecast forecast = component(10).forecast(Granularity.DAY, 3);

        assertThat(forecast.method()).isEqualTo(ForecastMethod.HISTORICAL_MEAN);
        assertThat(forecast.note()).contains("no conversations");
        assertThat(forecast.points()).extracting(ForecastPoint::predicted).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void aHorizonOutOfRangeIsRefused() {
        ForecastComponent component = component(10);
        assertThatThrownBy(() -> component.forecast(Granularity.HOUR, 169)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> component.forecast(Granularity.DAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void healthIsOkAndSaysNothingIsFittedBeforeTheFirstForecast() {
        Result health = component(10).execute();

        assertThat(health.getStatus()).isEqualTo(Result.Status.OK);
        assertThat(messages(health)).containsExactly("Hourly forecast: not fitted yet", "Daily forecast: not fitted yet");
    }

    @Test
    void healthReportsMethodHistoryAndBackTestOfTheLastFit() {
        ForecastComponent component = component(10);
        Forecast hourly = component.forecast(Granularity.HOUR, 24);

        Result health = component.execute();

        assertThat(health.getStatus()).isEqualTo(Result.Status.OK);
        assertThat(messages(health)).containsExactly("Hourly forecast: " + hourly.method() + " (season "
                + hourly.seasonLength() + ") on " + hourly.historyPeriods() + " periods of history, fitted at "
                + hourly.fittedAt() + "; back-test MAPE " + mape(hourly.backTest().method().mape())
                + " against seasonal naive " + mape(hourly.backTest().seasonalNaive().mape()) + " ("
                + hourly.backTest().origins() + " origins of 168 periods)", "Daily forecast: not fitted yet");
    }

    @Test
    void healthWarnsWithTheReasonWhenTheLastFitFailed() {
        ForecastComponent component = component(10);
        component.forecast(Granularity.HOUR, 24);
        pool.close();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThatThrownBy(() -> component.forecast(Granularity.HOUR, 24))
                .isInstanceOf(StoreUnavailableException.class);

        Result health = component.execute();

        assertThat(health.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(messages(health)).first().asString().startsWith("Hourly forecast: the last fit failed at "
                + clock.now + ": reading the conversation history failed: ").contains("SQLSTATE");
        assertThat(messages(health)).anyMatch(message -> message.startsWith("Hourly forecast (last good fit): "));
    }

    private static String mape(Double mape) {
        return mape == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", mape);
    }

    private static List<String> messages(Result result) {
        List<String> messages = new ArrayList<>();
        for (ResultLog.Entry entry : result) {
            messages.add(entry.getMessage());
        }
        return messages;
    }

    private ForecastComponent component(int refitMinutes) {
        return new ForecastComponent(new VolumeHistory(pool.dataSource()), config("UTC", refitMinutes), clock);
    }

    static ForecastComponent.Config config(String timeZone, int refitMinutes) {
        return new ForecastComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ForecastComponent.Config.class;
            }

            @Override
            public String timeZone() {
                return timeZone;
            }

            @Override
            public int hourlyHistoryDays() {
                return 84;
            }

            @Override
            public int dailyHistoryDays() {
                return 730;
            }

            @Override
            public boolean dampedTrend() {
                return true;
            }

            @Override
            public boolean weeklyHourlySeason() {
                return true;
            }

            @Override
            public double intervalLevel() {
                return 0.8;
            }

            @Override
            public int backTestOrigins() {
                return 4;
            }

            @Override
            public int closedSeasons() {
                return 3;
            }

            @Override
            public int refitMinutes() {
                return refitMinutes;
            }
        };
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
