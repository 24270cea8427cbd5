package dev.parley.dashboard;

import com.google.gson.JsonObject;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.Durations;

/**
 * The key figures of a period, as the analytics summary defines them; {@code null} where nothing
 * was measured, never 0.
 */
final class KpiPanel {

    private KpiPanel() {
    }

    static JsonObject of(Period period, AnalyticsSummary summary) {
        JsonObject json = new JsonObject();
        json.add("period", period.toJson());
        json.addProperty("conversations", summary.conversations());
        json.addProperty("contained", summary.contained());
        json.addProperty("containmentRate", summary.containmentRate());
        json.add("firstResponse", durations(summary.firstResponse()));
        json.add("resolution", durations(summary.resolution()));
        json.addProperty("handoffs", summary.handoffs());
        json.addProperty("handoffRate", summary.handoffRate());
        json.addProperty("ticketsOpened", summary.ticketsOpened());
        JsonObject csat = new JsonObject();
        csat.addProperty("ratings", summary.csat().ratings());
        csat.addProperty("average", summary.csat().average());
        csat.addProperty("satisfiedRate", summary.csat().satisfiedRate());
        json.add("csat", csat);
        JsonObject costs = new JsonObject();
        costs.addProperty("savings", summary.costs().savings());
        costs.addProperty("roi", summary.costs().roi());
        costs.addProperty("automationCost", summary.costs().automationCost());
        costs.addProperty("humanCost", summary.costs().humanCost());
        json.add("costs", costs);
        return json;
    }

    private static JsonObject durations(Durations durations) {
        JsonObject json = new JsonObject();
        json.addProperty("count", durations.count());
        json.addProperty("averageSeconds", durations.averageSeconds());
        json.addProperty("maxSeconds", durations.maxSeconds());
        return json;
    }
}
