package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;

/**
 * The volume forecast over HTTP against the container as it ships: conversations opened through
 * the REST API are the history; the forecast answers the periods asked for, from the current
 * one on, and refuses bad input with 400.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastIT {

    private static final String API_KEY = "it-" + UUID.randomUUID();

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY)
            .withConfiguration("dev.parley.forecast.cfg", "timeZone=UTC\nrefitMinutes=1\n");

    @BeforeAll
    void conversations() {
        ParleyApi api = new ParleyApi(parley, API_KEY);
        for (int i = 0; i < 3; i++) {
            api.newConversation("C-1001");
        }
    }

    @Test
    void hourlyForecastHasTheHoursAskedForFromTheCurrentOne() {
        HttpResponse<String> response = get("/api/v1/analytics/forecast?granularity=hour&horizon=12");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject forecast = JsonParser.parseString(response.body()).getAsJsonObject();

        assertThat(forecast.get("granularity").getAsString()).isEqualTo("hour");
        assertThat(forecast.get("timeZone").getAsString()).isEqualTo("UTC");
        // three conversations in this hour, which is not over: no complete hour of history yet
        assertThat(forecast.get("method").getAsString()).isEqualTo("HISTORICAL_MEAN");
        assertThat(forecast.get("note").getAsString()).isNotBlank();
        JsonArray points = forecast.getAsJsonArray("points");
        assertThat(points).hasSize(12);
        Instant first = Instant.parse(points.get(0).getAsJsonObject().get("start").getAsString());
        Instant last = Instant.parse(points.get(11).getAsJsonObject().get("start").getAsString());
        assertThat(Duration.between(first, last)).isEqualTo(Duration.ofHours(11));
        assertThat(Duration.between(first, Instant.now())).isBetween(Duration.ZERO, Duration.ofHours(1));
        for (int i = 0; i < points.size(); i++) {
            JsonObject point = points.get(i).getAsJsonObject();
            assertThat(point.get("predicted").getAsDouble()).isGreaterThanOrEqualTo(0);
            assertThat(point.get("lower").getAsDouble()).isLessThanOrEqualTo(point.get("predicted").getAsDouble());
            assertThat(point.get("upper").getAsDouble()).isGreaterThanOrEqualTo(point.get("predicted").getAsDouble());
        }
        assertThat(forecast.getAsJsonObject("backTest").getAsJsonObject("method").has("mape")).isTrue();
        assertThat(forecast.getAsJsonObject("backTest").getAsJsonObject("seasonalNaive").has("wape")).isTrue();
    }

    @Test
    void dailyForecastDefaultsToFourteenDays() {
        HttpResponse<String> response = get("/api/v1/analytics/forecast?granularity=day");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject forecast = JsonParser.parseString(response.body()).getAsJsonObject();

        assertThat(forecast.get("seasonLength").getAsInt()).isEqualTo(7);
        assertThat(forecast.getAsJsonArray("points")).hasSize(14);
    }

    @Test
    void healthReportsTheLastHourlyFit() {
        HttpResponse<String> response = get("/api/v1/analytics/forecast?granularity=hour&horizon=1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject forecast = JsonParser.parseString(response.body()).getAsJsonObject();

        String expected = "OK Hourly forecast: " + forecast.get("method").getAsString() + " (season "
                + forecast.get("seasonLength").getAsInt() + ") on " + forecast.get("historyPeriods").getAsInt()
                + " periods of history";
        // the health service keeps a check's result for a few seconds
        Await.until("the health check reports the hourly fit", Duration.ofSeconds(30),
                () -> parley.healthMessages("Volume forecast").stream().anyMatch(m -> m.startsWith(expected)));
        assertThat(parley.healthMessages("Volume forecast")).allMatch(message -> message.startsWith("OK "));
    }

    @Test
    void badInputIsRefusedWith400() {
        assertProblem(get("/api/v1/analytics/forecast?granularity=hour&horizon=0"), "horizon");
        assertProblem(get("/api/v1/analytics/forecast?granularity=hour&horizon=169"), "horizon");
        assertProblem(get("/api/v1/analytics/forecast?granularity=day&horizon=91"), "horizon");
        assertProblem(get("/api/v1/analytics/forecast?granularity=day&horizon=many"), "horizon");
        assertProblem(get("/api/v1/analytics/forecast?granularity=minute"), "granularity");
        HttpResponse<String> anonymous = parley.send(HttpRequest.newBuilder(parley.uri("/api/v1/analytics/forecast")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"" + field + "\"").doesNotContain("Exception");
    }

    private HttpResponse<String> get(String path) {
        return parley.send(HttpRequest.newBuilder(parley.uri(path)).header("X-API-Key", API_KEY)
                .header("Accept", "application/json"));
    }
}
