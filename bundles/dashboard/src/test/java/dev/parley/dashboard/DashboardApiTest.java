package dev.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.felix.hc.api.HealthCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.Costs;
import dev.parley.api.analytics.AnalyticsSummary.Csat;
import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.Returning;
import dev.parley.api.analytics.AnalyticsSummary.SlaStatus;
import dev.parley.api.analytics.DailyFigures;
import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.api.forecast.Accuracy;
import dev.parley.api.forecast.BackTest;
import dev.parley.api.forecast.Forecast;
import dev.parley.api.forecast.ForecastMethod;
import dev.parley.api.forecast.ForecastPoint;
import dev.parley.api.forecast.Granularity;
import dev.parley.api.forecast.VolumeForecaster;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.ModelInfo;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.store.StoreUnavailableException;
import dev.parley.store.schema.StoreDatabase;

class DashboardApiTest {

    private static final Instant NOW = Instant.parse("2026-12-04T15:30:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-04");

    private final ServiceAnalytics analytics = mock(ServiceAnalytics.class);
    private final IntentClassifier classifier = mock(IntentClassifier.class);
    private Services services;
    private DashboardApi api;

    /** The services as the servlet holds them; a test sets one to null to stop it. */
    static final class Services implements DashboardServices {
        ServiceAnalytics analytics;
        StoreDatabase storeDatabase;
        IntentClassifier intentClassifier;
        SentimentAnalyzer sentimentAnalyzer;
        HealthCheck slaCheck;
        VolumeForecaster forecaster;
        Bundle[] bundles = new Bundle[0];

        @Override
        public ServiceAnalytics analytics() {
            return analytics;
        }

        @Override
        public StoreDatabase storeDatabase() {
            return storeDatabase;
        }

        @Override
        public IntentClassifier intentClassifier() {
            return intentClassifier;
        }

        @Override
        public SentimentAnalyzer sentimentAnalyzer() {
            return sentimentAnalyzer;
        }

        @Override
        public HealthCheck slaCheck() {
            return slaCheck;
        }

        @Override
        public VolumeForecaster forecaster() {
            return forecaster;
        }

        @Override
        public Bundle[] bundles() {
            return bundles;
        }
    }

    @BeforeEach
    void api() {
        services = new Services();
        services.analytics = analytics;
        services.intentClassifier = classifier;
        api = new DashboardApi(services, Clock.fixed(NOW, ZoneOffset.UTC), 0.1);
    }

    private static AnalyticsSummary summary(Instant from, Instant to, long conversations, long contained,
            List<DailySentiment> sentiment, List<SlaStatus> sla) {
        long handoffs = conversations - contained;
        return new AnalyticsSummary(from, to, conversations, new Durations(conversations, 4.5, 9.0),
                new Durations(0, null, null), contained, conversations == 0 ? null : (double) contained / conversations,
                handoffs, conversations == 0 ? null : (double) handoffs / conversations, Map.of("CUSTOMER_REQUEST",
                        handoffs), Map.of("general", handoffs), 1, Map.of("order_status", 2L), sentiment,
                new Csat(2, 4.0, 0.5), new Returning(1, 1, 1.0), new Costs(6, 0.5, conversations * 0.5, handoffs * 6,
                        contained * 6 - conversations * 0.5, 7.0), sla);
    }

    private JsonObject get(String resource, String... parameters) {
        Map<String, String> query = new java.util.HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        return api.handle(resource, query::get);
    }

    @Test
    void keyFiguresAreThoseOfTheSummaryOfWholeUtcDays() {
        Instant from = Instant.parse("2026-11-28T00:00:00Z");
        Instant to = Instant.parse("2026-12-05T00:00:00Z");
        when(analytics.summary(from, to)).thenReturn(summary(from, to, 3, 2, List.of(), List.of()));

        JsonObject kpis = get("kpis", "period", "7d");

        assertThat(kpis.getAsJsonObject("period").get("firstDay").getAsString()).isEqualTo("2026-11-28");
        assertThat(kpis.getAsJsonObject("period").get("lastDay").getAsString()).isEqualTo("2026-12-04");
        assertThat(kpis.get("conversations").getAsLong()).isEqualTo(3);
        assertThat(kpis.get("containmentRate").getAsDouble()).isEqualTo(2.0 / 3);
        assertThat(kpis.get("handoffRate").getAsDouble()).isEqualTo(1.0 / 3);
        assertThat(kpis.getAsJsonObject("firstResponse").get("averageSeconds").getAsDouble()).isEqualTo(4.5);
        assertThat(kpis.getAsJsonObject("resolution").get("averageSeconds").isJsonNull()).isTrue();
        assertThat(kpis.getAsJsonObject("csat").get("average").getAsDouble()).isEqualTo(4.0);
        assertThat(kpis.getAsJsonObject("costs").get("savings").getAsDouble()).isEqualTo(10.5);
    }

    @Test
    void todayAndThirtyDaysEndWithToday() {
        when(analytics.summary(any(), any())).thenAnswer(call -> summary(call.getArgument(0), call.getArgument(1), 0,
                0, List.of(), List.of()));
        assertThat(get("kpis", "period", "today").getAsJsonObject("period").get("from").getAsString())
                .isEqualTo("2026-12-04T00:00:00Z");
        JsonObject thirty = get("kpis", "period", "30d").getAsJsonObject("period");
        assertThat(thirty.get("firstDay").getAsString()).isEqualTo("2026-11-05");
        assertThat(thirty.get("to").getAsString()).isEqualTo("2026-12-05T00:00:00Z");
        assertThat(get("kpis").getAsJsonObject("period").get("name").getAsString()).isEqualTo("7d");
    }

    @Test
    void trendsAreTheDailyFiguresOfThePeriodFromOneCall() {
        Instant from = Instant.parse("2026-11-28T00:00:00Z");
        Instant to = Instant.parse("2026-12-05T00:00:00Z");
        List<DailyFigures> figures = new java.util.ArrayList<>();
        for (LocalDate day = TODAY.minusDays(6); day.isBefore(TODAY); day = day.plusDays(1)) {
            figures.add(new DailyFigures(day, 0, 0, 0, 0, null, 0, 0, null));
        }
        figures.add(new DailyFigures(TODAY, 4, 3, 1, 6, -0.25, 2, 1, 4.0));
        when(analytics.daily(from, to)).thenReturn(figures);

        JsonArray days = get("trends", "period", "7d").getAsJsonArray("days");

        assertThat(days).hasSize(7);
        JsonObject first = days.get(0).getAsJsonObject();
        assertThat(first.get("day").getAsString()).isEqualTo("2026-11-28");
        assertThat(first.get("conversations").getAsLong()).isZero();
        assertThat(first.get("containmentRate").isJsonNull()).isTrue();
        assertThat(first.get("averageSentiment").isJsonNull()).isTrue();
        JsonObject last = days.get(6).getAsJsonObject();
        assertThat(last.get("day").getAsString()).isEqualTo("2026-12-04");
        assertThat(last.get("conversations").getAsLong()).isEqualTo(4);
        assertThat(last.get("containmentRate").getAsDouble()).isEqualTo(0.75);
        assertThat(last.get("messages").getAsLong()).isEqualTo(6);
        assertThat(last.get("averageSentiment").getAsDouble()).isEqualTo(-0.25);
        assertThat(last.get("negativeMessages").getAsLong()).isEqualTo(2);
        get("trends", "period", "7d");
        verify(analytics, times(1)).daily(any(), any());
        verify(analytics, never()).summary(any(), any());
    }

    private static Forecast forecast(Granularity granularity, int horizon) {
        List<ForecastPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < horizon; i++) {
            Instant start = NOW.plus(granularity == Granularity.HOUR ? java.time.Duration.ofHours(i)
                    : java.time.Duration.ofDays(i));
            points.add(new ForecastPoint(start, 10 + i, 5 + i, 15.004 + i));
        }
        return new Forecast(granularity, "Europe/Berlin", ForecastMethod.HOLT_WINTERS, 7, NOW.minusSeconds(86_400 * 60),
                60, NOW, 0.8, null, points, new BackTest(3, 7, new Accuracy(12.345, 10.0, 11.0, 21),
                        new Accuracy(20.0, 18.0, null, 21)));
    }

    @Test
    void theForecastHasTheNextDayByHourAndTwoWeeksByDayWithTheirBackTest() {
        VolumeForecaster forecaster = mock(VolumeForecaster.class);
        when(forecaster.forecast(any(), org.mockito.ArgumentMatchers.anyInt())).thenAnswer(call -> forecast(
                call.getArgument(0), call.getArgument(1)));
        services.forecaster = forecaster;

        JsonObject json = get("forecast");

        JsonObject hours = json.getAsJsonObject("hours");
        assertThat(hours.get("granularity").getAsString()).isEqualTo("hour");
        assertThat(hours.getAsJsonArray("points")).hasSize(ForecastPanel.HOURS);
        JsonObject days = json.getAsJsonObject("days");
        assertThat(days.getAsJsonArray("points")).hasSize(ForecastPanel.DAYS);
        JsonObject point = days.getAsJsonArray("points").get(1).getAsJsonObject();
        assertThat(point.get("start").getAsString()).isEqualTo(NOW.plusSeconds(86_400).toString());
        assertThat(point.get("predicted").getAsDouble()).isEqualTo(11);
        assertThat(point.get("upper").getAsDouble()).isEqualTo(16);
        assertThat(days.get("method").getAsString()).isEqualTo("HOLT_WINTERS");
        assertThat(days.get("intervalLevel").getAsDouble()).isEqualTo(0.8);
        JsonObject backTest = days.getAsJsonObject("backTest");
        assertThat(backTest.getAsJsonObject("method").get("mape").getAsDouble()).isEqualTo(12.35);
        assertThat(backTest.getAsJsonObject("seasonalNaive").get("mape").getAsDouble()).isEqualTo(20.0);
        verify(forecaster).forecast(Granularity.HOUR, 24);
        verify(forecaster).forecast(Granularity.DAY, 14);
    }

    @Test
    void aMissingOrFailingForecastIs503WithTheReason() {
        assertThatThrownBy(() -> get("forecast")).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.getMessage()).contains("dev.parley.forecast");
        });
        VolumeForecaster failing = mock(VolumeForecaster.class);
        when(failing.forecast(any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenThrow(new IllegalStateException("no history"));
        services.forecaster = failing;
        assertThatThrownBy(() -> get("forecast")).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.getMessage()).contains("no history");
        });
    }

    @Test
    void slaTargetsGetATrafficLightInWords() {
        when(analytics.summary(any(), any())).thenAnswer(call -> summary(call.getArgument(0), call.getArgument(1), 1,
                1, List.of(), List.of(new SlaStatus("first_response_seconds", 30, 28.0, true),
                        new SlaStatus("resolution_seconds", 86400, 100.0, true),
                        new SlaStatus("csat_minimum", 4.0, 3.2, false),
                        new SlaStatus("other_seconds", 10, null, true))));

        JsonArray targets = get("sla").getAsJsonArray("targets");

        assertThat(targets).extracting(target -> target.getAsJsonObject().get("status").getAsString())
                .containsExactly(SlaPanel.AT_RISK, SlaPanel.MET, SlaPanel.BREACHED, SlaPanel.NO_DATA);
        assertThat(targets.get(2).getAsJsonObject().get("label").getAsString()).contains("CSAT");
        assertThat(get("sla").get("healthCheck").isJsonNull()).isTrue();
    }

    @Test
    void aRatingJustAboveItsMinimumIsAtRisk() {
        assertThat(SlaPanel.light(new SlaStatus("csat_minimum", 4.0, 4.3, true), 0.1)).isEqualTo(SlaPanel.AT_RISK);
        assertThat(SlaPanel.light(new SlaStatus("csat_minimum", 4.0, 4.5, true), 0.1)).isEqualTo(SlaPanel.MET);
        assertThat(SlaPanel.light(new SlaStatus("first_response_seconds", 30, 28.0, true), 0)).isEqualTo(SlaPanel.MET);
    }

    @Test
    void aBadPeriodIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> get("kpis", "period", "week")).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.toJson("/parley/api/kpis").get("field").getAsString()).isEqualTo("period");
        });
    }

    @Test
    void aBadQueueLimitIsRefusedNamingTheParameter() {
        services.storeDatabase = mock(StoreDatabase.class);
        for (String limit : new String[] { "0", "201", "ten", "-1" }) {
            assertThatThrownBy(() -> get("handoffs", "limit", limit)).isInstanceOfSatisfying(ApiProblem.class,
                    problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.toJson("x").get("field").getAsString()).isEqualTo("limit");
                    });
        }
    }

    @Test
    void aPanelWhoseServiceIsNotRunningIs503WithTheReason() {
        services.analytics = null;
        assertThatThrownBy(() -> get("kpis")).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.getMessage()).contains("dev.parley.analytics");
        });
        assertThatThrownBy(() -> get("handoffs")).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.getMessage()).contains("dev.parley.store"));
    }

    @Test
    void anUnreachableStoreIs503() {
        when(analytics.daily(any(), any())).thenThrow(new StoreUnavailableException("database unreachable", null));
        assertThatThrownBy(() -> get("trends")).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.getMessage()).contains("database unreachable");
        });
    }

    @Test
    void theIndexListsThePanelsThisContainerServes() {
        assertThat(get("").getAsJsonArray("panels")).extracting(name -> name.getAsString())
                .containsExactly("kpis", "trends", "sla", "handoffs", "models", "forecast");
    }

    @Test
    void anUnknownResourceIs404() {
        assertThatThrownBy(() -> get("weather")).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.status()).isEqualTo(404));
    }

    @Test
    void modelsNameEachKindAndTheParleyBundles() {
        when(classifier.model()).thenReturn(new ModelInfo("commerce-en", "1.2.0", ModelInfo.KIND_INTENT, "en",
                NOW, Map.of("golden_accuracy", 0.9)));
        Bundle parley = mock(Bundle.class);
        when(parley.getSymbolicName()).thenReturn("dev.parley.nlp");
        when(parley.getVersion()).thenReturn(new Version(0, 3, 1));
        when(parley.getState()).thenReturn(Bundle.ACTIVE);
        Bundle other = mock(Bundle.class);
        when(other.getSymbolicName()).thenReturn("org.apache.felix.scr");
        services.bundles = new Bundle[] { other, parley };

        JsonObject models = get("models");

        JsonObject intent = models.getAsJsonArray("models").get(0).getAsJsonObject();
        assertThat(intent.get("version").getAsString()).isEqualTo("1.2.0");
        assertThat(intent.getAsJsonObject("metrics").get("golden_accuracy").getAsDouble()).isEqualTo(0.9);
        JsonObject sentiment = models.getAsJsonArray("models").get(1).getAsJsonObject();
        assertThat(sentiment.get("available").getAsBoolean()).isFalse();
        assertThat(models.getAsJsonArray("bundles")).singleElement().satisfies(bundle -> {
            assertThat(bundle.getAsJsonObject().get("symbolicName").getAsString()).isEqualTo("dev.parley.nlp");
            assertThat(bundle.getAsJsonObject().get("version").getAsString()).isEqualTo("0.3.1");
        });
    }
}
