package dev.parley.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.Costs;
import dev.parley.api.analytics.AnalyticsSummary.Csat;
import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.Returning;
import dev.parley.api.analytics.AnalyticsSummary.SlaStatus;
import dev.parley.api.analytics.DailyFigures;
import dev.parley.api.analytics.RatingOutcome;
import dev.parley.api.analytics.ServiceAnalytics;
import jakarta.servlet.http.HttpServletRequest;

class AnalyticsResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

    private final FakeServices services = new FakeServices();
    private final ServiceAnalytics analytics = mock(ServiceAnalytics.class);
    private final AnalyticsResource resource = new AnalyticsResource(services,
            FakeServices.settings(Duration.ofSeconds(1)), Clock.fixed(NOW, ZoneOffset.UTC));

    AnalyticsResourceTest() {
        services.analytics = analytics;
    }

    private static JsonFields body(String json) {
        return JsonFields.parse(json.getBytes(UTF_8), 16);
    }

    @Test
    void aRatingIsRecordedWithItsComment() {
        when(analytics.rate("c1", 4, "fine")).thenReturn(RatingOutcome.RECORDED);

        assertThat(resource.rate("c1", body("{\"rating\": 4, \"comment\": \"fine\"}")).toString())
                .isEqualTo("{\"conversationId\":\"c1\",\"rating\":4,\"replaced\":false}");
    }

    @Test
    void aSecondRatingSaysItReplacedTheFirst() {
        when(analytics.rate("c1", 2, null)).thenReturn(RatingOutcome.REPLACED);

        assertThat(resource.rate("c1", body("{\"rating\": 2}")).get("replaced").getAsBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"rating\": 0}", "{\"rating\": 6}", "{\"rating\": 4.5}", "{\"rating\": \"5\"}",
            "{\"rating\": [5]}", "{\"rating\": null}" })
    void ratingsThatAreNotWholeNumbersFromOneToFiveAre400NamingTheField(String json) {
        assertThatThrownBy(() -> resource.rate("c1", body(json))).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.field()).isEqualTo("rating");
            assertThat(p.detail()).contains("from 1 to 5");
        });
        verify(analytics, never()).rate(anyString(), anyInt(), any());
    }

    @Test
    void aRatingOfAnUnknownConversationIs404() {
        when(analytics.rate("gone", 5, null)).thenReturn(RatingOutcome.UNKNOWN_CONVERSATION);

        assertThatThrownBy(() -> resource.rate("gone", body("{\"rating\": 5}")))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
    }

    @Test
    void withoutTheAnalyticsBundleRatingsAre503() {
        services.analytics = null;

        assertThatThrownBy(() -> resource.rate("c1", body("{\"rating\": 5}")))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(503));
    }

    @Test
    void thePeriodIsTheLast30DaysByDefault() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        assertThat(SummaryPeriod.of(null, "", clock)).isEqualTo(new SummaryPeriod(NOW.minus(Duration.ofDays(30)), NOW));
    }

    @Test
    void datesAreWholeUtcDaysBothIncluded() {
        SummaryPeriod period = SummaryPeriod.of("2026-03-01", "2026-03-02", Clock.systemUTC());

        assertThat(period).isEqualTo(new SummaryPeriod(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z")));
        assertThat(SummaryPeriod.of("2026-03-01T10:00:00+02:00", null, Clock.fixed(NOW, ZoneOffset.UTC)).from())
                .isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
    }

    @Test
    void anUnparsableDateIs400NamingTheParameter() {
        assertThatThrownBy(() -> SummaryPeriod.of("yesterday", null, Clock.systemUTC()))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.field()).isEqualTo("from");
                    assertThat(p.detail()).contains("\"yesterday\"");
                });
        assertThatThrownBy(() -> SummaryPeriod.of(null, "2026-13-01", Clock.systemUTC()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.field()).isEqualTo("to"));
    }

    @Test
    void fromAfterToIs400() {
        assertThatThrownBy(() -> SummaryPeriod.of("2026-03-05", "2026-03-01", Clock.systemUTC()))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.detail()).contains("after");
                });
    }

    @Test
    void theCsvHasOneFigureARowWithQuotedKeysWhereNeeded() throws Exception {
        AnalyticsSummary summary = new AnalyticsSummary(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-02T00:00:00Z"), 3, new Durations(3, 4.0, 6.0), new Durations(0, null, null), 2,
                2.0 / 3, 1, 1.0 / 3, Map.of("POLICY", 1L), Map.of("billing, EU", 1L), 0, Map.of("refund", 1L),
                List.of(new DailySentiment(LocalDate.of(2026, 3, 1), 3, -0.25, 1)), new Csat(0, null, null),
                new Returning(2, 1, 0.5), new Costs(6, 0.5, 1.5, 6, 10.5, 7.0),
                List.of(new SlaStatus("first_response_seconds", 30, 4.0, true)));
        StringWriter out = new StringWriter();

        SummaryCsv.write(summary, out);

        assertThat(out.toString().split("\r\n")).startsWith("metric,key,value").contains(
                "conversations,,3", "first_response_average_seconds,,4.0", "resolution_average_seconds,,",
                "handoffs_by_queue,\"billing, EU\",1", "sentiment_average,2026-03-01,-0.25", "cost,roi,7.0",
                "sla_met,first_response_seconds,true");
    }

    @Test
    void theDailyFiguresAreOneObjectPerDayWithNullsForWhatWasNotMeasured() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getParameter("from")).thenReturn("2026-03-01");
        when(request.getParameter("to")).thenReturn("2026-03-02");
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-03-03T00:00:00Z");
        when(analytics.daily(from, to)).thenReturn(List.of(
                new DailyFigures(LocalDate.of(2026, 3, 1), 4, 3, 1, 6, -0.25, 2, 1, 5.0),
                new DailyFigures(LocalDate.of(2026, 3, 2), 0, 0, 0, 0, null, 0, 0, null)));

        JsonObject json = resource.daily(request);

        assertThat(json.get("from").getAsString()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(json.get("to").getAsString()).isEqualTo("2026-03-03T00:00:00Z");
        JsonArray days = json.getAsJsonArray("days");
        assertThat(days).hasSize(2);
        JsonObject first = days.get(0).getAsJsonObject();
        assertThat(first.get("day").getAsString()).isEqualTo("2026-03-01");
        assertThat(first.get("conversations").getAsLong()).isEqualTo(4);
        assertThat(first.get("containmentRate").getAsDouble()).isEqualTo(0.75);
        assertThat(first.get("averageSentiment").getAsDouble()).isEqualTo(-0.25);
        assertThat(first.get("averageRating").getAsDouble()).isEqualTo(5.0);
        JsonObject empty = days.get(1).getAsJsonObject();
        assertThat(empty.get("containmentRate").isJsonNull()).isTrue();
        assertThat(empty.get("averageSentiment").isJsonNull()).isTrue();
    }

    @Test
    void dailyFiguresOfMoreThanAYearAre400NamingFrom() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getParameter("from")).thenReturn("2025-01-01");
        when(request.getParameter("to")).thenReturn("2026-01-03");

        assertThatThrownBy(() -> resource.daily(request)).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.field()).isEqualTo("from");
            assertThat(p.detail()).contains("spans 368 days").contains("at most 367");
        });
        verify(analytics, never()).daily(any(), any());
    }

    @Test
    void dailyFiguresOfAYearAreAnswered() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getParameter("from")).thenReturn("2024-01-01");
        when(request.getParameter("to")).thenReturn("2024-12-31");
        when(analytics.daily(any(), any())).thenReturn(List.of());

        assertThat(resource.daily(request).getAsJsonArray("days")).isEmpty();
    }
}
