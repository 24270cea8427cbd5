package dev.parley.dashboard;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.api.forecast.VolumeForecaster;
import dev.parley.api.store.StoreUnavailableException;
import dev.parley.store.schema.StoreDatabase;

/**
 * The JSON the page reads, one resource per panel under {@code /parley/api}: {@code kpis},
 * {@code trends}, {@code sla} (each with {@code ?period=today|7d|30d}), {@code handoffs}
 * ({@code ?limit=1..200}), {@code models} and {@code forecast}; {@code /parley/api/} lists them. A panel whose
 * service is not running answers 503 with the reason, so the page shows that panel as not
 * available and the others as usual.
 *
 * <p>A new panel is one more name in {@link #PANELS}, one more case in {@link #handle} and a
 * renderer in the page, which shows an optional panel (the forecast) only when this list names it.
 */
final class DashboardApi {

    static final int DEFAULT_QUEUE_LIMIT = 50;
    /** The panels this container serves, in the page's order. */
    static final List<String> PANELS = List.of("kpis", "trends", "sla", "handoffs", "models", "forecast");

    private static final Logger LOG = LoggerFactory.getLogger(DashboardApi.class);

    private final DashboardServices services;
    private final Clock clock;
    private final double slaWarningMargin;
    private final SummaryCache summaries;

    DashboardApi(DashboardServices services, Clock clock, double slaWarningMargin) {
        this.services = services;
        this.clock = clock;
        this.slaWarningMargin = slaWarningMargin;
        this.summaries = new SummaryCache(clock);
    }

    /**
     * Answers one GET.
     *
     * @param resource the path after {@code /api/}, e.g. {@code kpis}
     * @param parameters the query parameters by name
     * @return the panel's JSON
     * @throws ApiProblem for anything but 200
     */
    JsonObject handle(String resource, Function<String, String> parameters) {
        try {
            return switch (resource) {
                case "" -> index();
                case "kpis" -> kpis(period(parameters));
                case "trends" -> trends(period(parameters));
                case "sla" -> sla(period(parameters));
                case "handoffs" -> handoffs(parameters.apply("limit"));
                case "models" -> ModelPanel.of(services.intentClassifier(), services.sentimentAnalyzer(),
                        services.bundles());
                case "forecast" -> forecast();
                default -> throw new ApiProblem(404, "Not Found", "no dashboard resource " + quoted(resource)
                        + "; there are kpis, trends, sla, handoffs, models and forecast", null);
            };
        } catch (StoreUnavailableException e) {
            // the store cannot be reached: the panel says so and the next refresh tries again
            LOG.debug("Dashboard resource {} not available: {}", resource, e.getMessage());
            throw ApiProblem.unavailable("the conversation store cannot be reached: " + e.getMessage());
        }
    }

    private static JsonObject index() {
        JsonArray panels = new JsonArray();
        PANELS.forEach(panels::add);
        JsonObject json = new JsonObject();
        json.add("panels", panels);
        return json;
    }

    private Period period(Function<String, String> parameters) {
        return Period.of(parameters.apply("period"), clock);
    }

    private ServiceAnalytics analytics() {
        ServiceAnalytics analytics = services.analytics();
        if (analytics == null) {
            throw ApiProblem.unavailable("the analytics bundle (dev.parley.analytics) is not running");
        }
        return analytics;
    }

    private JsonObject kpis(Period period) {
        return KpiPanel.of(period, summary(period.from(), period.to()));
    }

    private JsonObject trends(Period period) {
        return TrendPanel.of(period, summaries.daily(analytics(), period.from(), period.to()));
    }

    private JsonObject sla(Period period) {
        return SlaPanel.of(period, summary(period.from(), period.to()), slaWarningMargin, services.slaCheck());
    }

    private AnalyticsSummary summary(Instant from, Instant to) {
        return summaries.summary(analytics(), from, to);
    }

    private JsonObject forecast() {
        VolumeForecaster forecaster = services.forecaster();
        if (forecaster == null) {
            throw ApiProblem.unavailable("the forecast bundle (dev.parley.forecast) is not running");
        }
        try {
            return ForecastPanel.of(forecaster);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // a forecast that fails leaves the rest of the page as it is; the reason is in the log
            LOG.warn("Dashboard: the volume forecast failed: {}", e.toString());
            throw ApiProblem.unavailable("the forecast could not be made: " + e.getMessage());
        }
    }

    private JsonObject handoffs(String limitParameter) {
        int limit = limit(limitParameter);
        StoreDatabase database = services.storeDatabase();
        if (database == null) {
            throw ApiProblem.unavailable("the conversation store (dev.parley.store) is not running");
        }
        try {
            return new HandoffQueue(database.dataSource(), clock).read(limit);
        } catch (SQLException e) {
            LOG.warn("Dashboard: the handoff queue could not be read: {}", e.getMessage());
            throw ApiProblem.unavailable("the conversation store cannot be read: " + e.getMessage());
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_QUEUE_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= HandoffQueue.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ApiProblem(400, "Bad Request", "limit must be a whole number from 1 to " + HandoffQueue.MAX_LIMIT
                + "; got " + quoted(text), "limit");
    }

    private static String quoted(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + shown.replaceAll("[^\\x20-\\x7e]", "?") + "\"";
    }
}
