package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;

/**
 * Service analytics over HTTP against the container as it ships: three scripted conversations
 * through the REST API (one handed to a person), two ratings, then the summary, its CSV, the
 * daily figures and the SLA health check reflect them at once; bad input is refused with 4xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIT {

    private static final String API_KEY = "it-" + UUID.randomUUID();
    private static final String ADA = "C-1001";

    /** CSAT minimum 4.5: the ratings 3 and 5 below average 4.0, a breach. */
    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY)
            .withConfiguration("dev.parley.analytics.cfg", "csatMinimum=4.5\nevaluationIntervalSeconds=1\n");

    private ParleyApi api;
    private String first;
    private String second;

    @BeforeAll
    void conversations() {
        api = new ParleyApi(parley, API_KEY);
        first = api.newConversation(ADA);
        api.say(first, "What's the status of my order 100234?");
        second = api.newConversation(ADA);
        api.say(second, "Hello");
        JsonObject handedOff = api.say(api.newConversation(null), "can I speak with a real person please");
        assertThat(handedOff.get("handoff").isJsonObject()).isTrue();

        assertThat(rate(first, "{\"rating\": 3, \"comment\": \"slow\"}").statusCode()).isEqualTo(200);
        assertThat(rate(second, "{\"rating\": 1}").statusCode()).isEqualTo(200);
        HttpResponse<String> replaced = rate(second, "{\"rating\": 5}");
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(replaced.body()).getAsJsonObject().get("replaced").getAsBoolean()).isTrue();
    }

    @Test
    void theSummaryReflectsTheConversationsAndRatings() {
        HttpResponse<String> response = get("/api/v1/analytics/summary", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject summary = JsonParser.parseString(response.body()).getAsJsonObject();

        assertThat(summary.get("conversations").getAsLong()).isEqualTo(3);
        assertThat(summary.getAsJsonObject("containment").get("contained").getAsLong()).isEqualTo(2);
        assertThat(summary.getAsJsonObject("containment").get("rate").getAsDouble()).isCloseTo(2.0 / 3,
                org.assertj.core.api.Assertions.within(1e-9));
        JsonObject handoffs = summary.getAsJsonObject("handoffs");
        assertThat(handoffs.get("count").getAsLong()).isEqualTo(1);
        assertThat(handoffs.getAsJsonObject("byReason").keySet()).singleElement()
                .satisfies(reason -> assertThat(reason).isEqualToIgnoringCase("customer_request"));
        assertThat(summary.getAsJsonObject("firstResponse").get("count").getAsLong()).isEqualTo(3);
        assertThat(summary.getAsJsonObject("intentVolume").size()).isGreaterThanOrEqualTo(2);
        assertThat(summary.getAsJsonArray("sentimentTrend")).isNotEmpty();
        JsonObject csat = summary.getAsJsonObject("csat");
        assertThat(csat.get("ratings").getAsLong()).isEqualTo(2);
        assertThat(csat.get("average").getAsDouble()).isEqualTo(4.0);
        JsonObject returning = summary.getAsJsonObject("returningCustomers");
        assertThat(returning.get("customers").getAsLong()).isEqualTo(1);
        assertThat(returning.get("returning").getAsLong()).isEqualTo(1);
        // defaults: 6.0 a person, 0.5 the assistant: 2 x 6 - 3 x 0.5
        assertThat(summary.getAsJsonObject("costs").get("savings").getAsDouble()).isEqualTo(10.5);
    }

    @Test
    void theCsvExportHasTheSameFigures() {
        HttpResponse<String> csv = get("/api/v1/analytics/summary.csv?from=2000-01-01", "*/*");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body().split("\r\n")).startsWith("metric,key,value").contains("conversations,,3",
                "csat_ratings,,2", "handoffs,,1");

        HttpResponse<String> negotiated = get("/api/v1/analytics/summary", "text/csv");
        assertThat(negotiated.body()).startsWith("metric,key,value").contains("conversations,,3");
    }

    @Test
    void theDailyFiguresAddUpToTheSummary() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> response = get("/api/v1/analytics/daily?from=" + today.minusDays(1) + "&to="
                + today.plusDays(1), "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray days = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("days");

        assertThat(days).hasSize(3);
        assertThat(sum(days, "conversations")).isEqualTo(3);
        assertThat(sum(days, "contained")).isEqualTo(2);
        assertThat(sum(days, "handoffs")).isEqualTo(1);
        assertThat(sum(days, "ratings")).isEqualTo(2);
        assertThat(sum(days, "decisions")).isGreaterThanOrEqualTo(3);
        assertThat(days.get(0).getAsJsonObject().get("day").getAsString()).isEqualTo(today.minusDays(1).toString());

        assertProblem(get("/api/v1/analytics/daily?from=2020-01-01&to=2026-01-01", "application/json"), 400, "from");
        assertProblem(get("/api/v1/analytics/daily?to=soon", "application/json"), 400, "to");
    }

    private static long sum(JsonArray days, String member) {
        long sum = 0;
        for (JsonElement day : days) {
            sum += day.getAsJsonObject().get(member).getAsLong();
        }
        return sum;
    }

    @Test
    void aCsatBelowTheMinimumTurnsTheSlaCheckWarn() {
        Await.until("the SLA check warns about CSAT", Duration.ofSeconds(30), () -> parley.healthMessages(
                "Service SLA").stream().anyMatch(message -> message.startsWith("WARN") && message.contains(
                        "csat_minimum") && message.contains("4.0")));
    }

    @Test
    void badInputIsRefusedWith4xx() {
        assertProblem(rate(first, "{\"rating\": 6}"), 400, "rating");
        assertProblem(rate(first, "{\"rating\": 4.5}"), 400, "rating");
        assertProblem(rate(first, "{\"rating\": \"five\"}"), 400, "rating");
        assertThat(rate("no-such-conversation", "{\"rating\": 5}").statusCode()).isEqualTo(404);
        assertProblem(get("/api/v1/analytics/summary?from=last-week", "application/json"), 400, "from");
        assertProblem(get("/api/v1/analytics/summary?from=2026-03-05&to=2026-03-01", "application/json"), 400, "from");
        HttpResponse<String> anonymous = parley.send(HttpRequest.newBuilder(parley.uri("/api/v1/analytics/summary")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"" + field + "\"").doesNotContain("Exception");
    }

    private HttpResponse<String> rate(String conversation, String json) {
        return parley.send(HttpRequest.newBuilder(parley.uri("/api/v1/conversations/" + conversation + "/rating"))
                .header("X-API-Key", API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> get(String path, String accept) {
        return parley.send(HttpRequest.newBuilder(parley.uri(path)).header("X-API-Key", API_KEY)
                .header("Accept", accept).GET());
    }
}
