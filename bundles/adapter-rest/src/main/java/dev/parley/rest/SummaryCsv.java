package dev.parley.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.SlaStatus;

/**
 * An analytics summary as CSV (RFC 4180), one figure a row: {@code metric,key,value}, where
 * {@code key} names the intent, queue, reason, day or SLA target a figure is about. Rows are
 * written as they come, so a long trend never sits in memory as one string.
 */
final class SummaryCsv {

    static final String HEADER = "metric,key,value";

    private final Writer out;

    private SummaryCsv(Writer out) {
        this.out = out;
    }

    static void write(AnalyticsSummary summary, Writer out) throws IOException {
        new SummaryCsv(out).rows(summary);
        out.flush();
    }

    private void rows(AnalyticsSummary summary) throws IOException {
        out.write(HEADER + "\r\n");
        row("from", "", summary.from());
        row("to", "", summary.to());
        row("conversations", "", summary.conversations());
        durations("first_response", summary.firstResponse());
        durations("resolution", summary.resolution());
        row("contained", "", summary.contained());
        row("containment_rate", "", summary.containmentRate());
        row("handoffs", "", summary.handoffs());
        row("handoff_rate", "", summary.handoffRate());
        counts("handoffs_by_reason", summary.handoffsByReason());
        counts("handoffs_by_queue", summary.handoffsByQueue());
        row("tickets_opened", "", summary.ticketsOpened());
        counts("intent_volume", summary.intentVolume());
        for (DailySentiment day : summary.sentimentTrend()) {
            row("sentiment_messages", day.day(), day.messages());
            row("sentiment_average", day.day(), day.averageScore());
            row("sentiment_negative", day.day(), day.negative());
        }
        row("csat_ratings", "", summary.csat().ratings());
        row("csat_average", "", summary.csat().average());
        row("csat_satisfied_rate", "", summary.csat().satisfiedRate());
        row("returning_customers", "customers", summary.returningCustomers().customers());
        row("returning_customers", "returning", summary.returningCustomers().returning());
        row("returning_customers", "rate", summary.returningCustomers().rate());
        row("cost", "per_human_contact", summary.costs().perHumanContact());
        row("cost", "per_automated_contact", summary.costs().perAutomatedContact());
        row("cost", "automation", summary.costs().automationCost());
        row("cost", "human", summary.costs().humanCost());
        row("cost", "savings", summary.costs().savings());
        row("cost", "roi", summary.costs().roi());
        for (SlaStatus status : summary.sla()) {
            row("sla_limit", status.target(), status.limit());
            row("sla_measured", status.target(), status.measured());
            row("sla_met", status.target(), status.met());
        }
    }

    private void durations(String metric, Durations durations) throws IOException {
        row(metric + "_count", "", durations.count());
        row(metric + "_average_seconds", "", durations.averageSeconds());
        row(metric + "_max_seconds", "", durations.maxSeconds());
    }

    private void counts(String metric, Map<String, Long> counts) throws IOException {
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            row(metric, count.getKey(), count.getValue());
        }
    }

    /** A missing value is an empty field, as spreadsheets expect. */
    private void row(String metric, Object key, Object value) throws IOException {
        out.write(metric + "," + field(String.valueOf(key)) + "," + (value == null ? "" : field(value.toString())) + "\r\n");
    }

    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
