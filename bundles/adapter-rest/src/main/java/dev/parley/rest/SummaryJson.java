package dev.parley.rest;

import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.SlaStatus;

/** The JSON of an analytics summary; the README's analytics section defines each member. */
final class SummaryJson {

    private SummaryJson() {
    }

    static JsonObject of(AnalyticsSummary summary) {
        JsonObject json = new JsonObject();
        json.addProperty("from", summary.from().toString());
        json.addProperty("to", summary.to().toString());
        json.addProperty("conversations", summary.conversations());
        json.add("firstResponse", durations(summary.firstResponse()));
        json.add("resolution", durations(summary.resolution()));
        JsonObject containment = new JsonObject();
        containment.addProperty("contained", summary.contained());
        containment.addProperty("rate", summary.containmentRate());
        json.add("containment", containment);
        JsonObject handoffs = new JsonObject();
        handoffs.addProperty("count", summary.handoffs());
        handoffs.addProperty("rate", summary.handoffRate());
        handoffs.add("byReason", counts(summary.handoffsByReason()));
        handoffs.add("byQueue", counts(summary.handoffsByQueue()));
        json.add("handoffs", handoffs);
        json.addProperty("ticketsOpened", summary.ticketsOpened());
        json.add("intentVolume", counts(summary.intentVolume()));
        JsonArray trend = new JsonArray();
        for (DailySentiment day : summary.sentimentTrend()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("day", day.day().toString());
            entry.addProperty("messages", day.messages());
            entry.addProperty("averageScore", day.averageScore());
            entry.addProperty("negative", day.negative());
            trend.add(entry);
        }
        json.add("sentimentTrend", trend);
        JsonObject csat = new JsonObject();
        csat.addProperty("ratings", summary.csat().ratings());
        csat.addProperty("average", summary.csat().average());
        csat.addProperty("satisfiedRate", summary.csat().satisfiedRate());
        json.add("csat", csat);
        JsonObject returning = new JsonObject();
        returning.addProperty("customers", summary.returningCustomers().customers());
        returning.addProperty("returning", summary.returningCustomers().returning());
        returning.addProperty("rate", summary.returningCustomers().rate());
        json.add("returningCustomers", returning);
        JsonObject costs = new JsonObject();
        costs.addProperty("perHumanContact", summary.costs().perHumanContact());
        costs.addProperty("perAutomatedContact", summary.costs().perAutomatedContact());
        costs.addProperty("automationCost", summary.costs().automationCost());
        costs.addProperty("humanCost", summary.costs().humanCost());
        costs.addProperty("savings", summary.costs().savings());
        costs.addProperty("roi", summary.costs().roi());
        json.add("costs", costs);
        JsonArray sla = new JsonArray();
        for (SlaStatus status : summary.sla()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("target", status.target());
            entry.addProperty("limit", status.limit());
            entry.addProperty("measured", status.measured());
            entry.addProperty("met", status.met());
            sla.add(entry);
        }
        json.add("sla", sla);
        return json;
    }

    private static JsonObject durations(Durations durations) {
        JsonObject json = new JsonObject();
        json.addProperty("count", durations.count());
        json.addProperty("averageSeconds", durations.averageSeconds());
        json.addProperty("maxSeconds", durations.maxSeconds());
        return json;
    }

    private static JsonObject counts(Map<String, Long> counts) {
        JsonObject json = new JsonObject();
        counts.forEach(json::addProperty);
        return json;
    }
}
