package dev.parley.dashboard;

import java.util.Map;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.SlaStatus;

/**
 * Each SLA target of the period against what was measured, as a traffic light with words:
 * {@code met}, {@code at_risk} (met, but within the warning margin of the target), {@code breached}
 * or {@code no_data}; and what the "Service SLA" health check says about its own window.
 */
final class SlaPanel {

    static final String MET = "met";
    static final String AT_RISK = "at_risk";
    static final String BREACHED = "breached";
    static final String NO_DATA = "no_data";

    private static final Map<String, String> LABELS = Map.of(
            "first_response_seconds", "Average first response",
            "resolution_seconds", "Average resolution time",
            "csat_minimum", "Average customer rating (CSAT)");

    private SlaPanel() {
    }

    static JsonObject of(Period period, AnalyticsSummary summary, double warningMargin, HealthCheck check) {
        JsonArray targets = new JsonArray();
        for (SlaStatus status : summary.sla()) {
            JsonObject target = new JsonObject();
            target.addProperty("target", status.target());
            target.addProperty("label", LABELS.getOrDefault(status.target(), status.target()));
            target.addProperty("unit", status.target().endsWith("_seconds") ? "seconds" : "rating");
            target.addProperty("limit", status.limit());
            target.addProperty("measured", status.measured());
            target.addProperty("met", status.met());
            target.addProperty("status", light(status, warningMargin));
            targets.add(target);
        }
        JsonObject json = new JsonObject();
        json.add("period", period.toJson());
        json.addProperty("warningMargin", warningMargin);
        json.add("targets", targets);
        json.add("healthCheck", check == null ? null : healthCheck(check));
        return json;
    }

    /** Times must stay under their limit, the rating above it; "at risk" is within the margin of it. */
    static String light(SlaStatus status, double warningMargin) {
        if (status.measured() == null) {
            return NO_DATA;
        }
        if (!status.met()) {
            return BREACHED;
        }
        double measured = status.measured();
        double limit = status.limit();
        boolean atRisk = status.target().endsWith("_seconds")
                ? measured > limit * (1 - warningMargin)
                : measured < limit * (1 + warningMargin);
        return atRisk ? AT_RISK : MET;
    }

    private static JsonObject healthCheck(HealthCheck check) {
        JsonObject json = new JsonObject();
        Result result = check.execute();
        json.addProperty("status", result.getStatus().name());
        JsonArray messages = new JsonArray();
        for (ResultLog.Entry entry : result) {
            messages.add(entry.getStatus().name() + " " + entry.getMessage());
        }
        json.add("messages", messages);
        return json;
    }
}
