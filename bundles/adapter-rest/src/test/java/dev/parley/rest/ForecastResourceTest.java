package dev.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.parley.api.forecast.Accuracy;
import dev.parley.api.forecast.BackTest;
import dev.parley.api.forecast.Forecast;
import dev.parley.api.forecast.ForecastMethod;
import dev.parley.api.forecast.ForecastPoint;
import dev.parley.api.forecast.Granularity;
import dev.parley.api.forecast.VolumeForecaster;

class ForecastResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final FakeServices services = new FakeServices();
    private final ForecastResource resource = new ForecastResource(services, FakeServices.settings(Duration.ofSeconds(5)));

    @Test
    void answersEveryPointWithItsIntervalAndTheBackTest() {
        services.forecaster = mock(VolumeForecaster.class);
        when(services.forecaster.forecast(Granularity.DAY, 3)).thenReturn(forecast(Granularity.DAY, 3));

        JsonObject json = resource.forecast("day", "3");

        assertThat(json.get("granularity").getAsString()).isEqualTo("day");
        assertThat(json.get("method").getAsString()).isEqualTo("HOLT_WINTERS_DAMPED");
        assertThat(json.get("seasonLength").getAsInt()).isEqualTo(7);
        assertThat(json.getAsJsonArray("points")).hasSize(3);
        JsonObject second = json.getAsJsonArray("points").get(1).getAsJsonObject();
        assertThat(second.get("start").getAsString()).isEqualTo("2026-03-03T10:00:00Z");
        assertThat(second.get("predicted").getAsDouble()).isEqualTo(11.0);
        assertThat(second.get("lower").getAsDouble()).isEqualTo(9.0);
        assertThat(second.get("upper").getAsDouble()).isEqualTo(13.0);
        JsonObject backTest = json.getAsJsonObject("backTest");
        assertThat(backTest.getAsJsonObject("method").get("mape").getAsDouble()).isEqualTo(12.35);
        assertThat(backTest.getAsJsonObject("seasonalNaive").get("mape").getAsDouble()).isEqualTo(20.0);
        assertThat(backTest.getAsJsonObject("seasonalNaive").get("wape").isJsonNull()).isTrue();
    }

    @Test
    void hoursAreTheDefaultWith24Periods() {
        services.forecaster = mock(VolumeForecaster.class);
        when(services.forecaster.forecast(Granularity.HOUR, ForecastResource.DEFAULT_HOURS))
                .thenReturn(forecast(Granularity.HOUR, ForecastResource.DEFAULT_HOURS));

        assertThat(resource.forecast(null, null).getAsJsonArray("points")).hasSize(24);
    }

    @Test
    void horizonAndGranularityOutOfRangeAreBadRequests() {
        services.forecaster = mock(VolumeForecaster.class);
        when(services.forecaster.forecast(any(), anyInt())).thenThrow(new AssertionError("not to be called"));
        assertField(() -> resource.forecast("hour", "0"), "horizon");
        assertField(() -> resource.forecast("hour", "169"), "horizon");
        assertField(() -> resource.forecast("day", "91"), "horizon");
        assertField(() -> resource.forecast("day", "ten"), "horizon");
        assertField(() -> resource.forecast("week", "3"), "granularity");
    }

    @Test
    void withoutAForecasterItIsUnavailable() {
        assertThatThrownBy(() -> resource.forecast("hour", "5")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(503));
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.field()).isEqualTo(field);
        });
    }

    private static Forecast forecast(Granularity granularity, int horizon) {
        List<ForecastPoint> points = new ArrayList<>();
        for (int i = 0; i < horizon; i++) {
            points.add(new ForecastPoint(NOW.plus(Duration.ofDays(i)), 10 + i, 8 + i, 12 + i));
        }
        return new Forecast(granularity, "Europe/Berlin", ForecastMethod.HOLT_WINTERS_DAMPED,
                granularity == Granularity.DAY ? 7 : 168, NOW.minus(Duration.ofDays(60)), 60, NOW, 0.8, null, points,
                new BackTest(4, 7, new Accuracy(12.3456, 10.0, 11.0, 28), new Accuracy(20.0, null, 19.0, 28)));
    }
}
