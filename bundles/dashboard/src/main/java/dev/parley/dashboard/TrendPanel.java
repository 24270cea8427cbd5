package dev.parley.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;

/**
 * One entry per day of the period (at most 30), oldest first: conversations and containment from
 * a summary of that day, sentiment from the period's sentiment trend. A day without data has 0
 * conversations and {@code null} rates, so the charts keep their time axis.
 */
final class TrendPanel {

    private TrendPanel() {
    }

    /** Where the summaries come from: the analytics service, through the dashboard's cache. */
    interface Summaries {
        AnalyticsSummary of(Instant from, Instant to);
    }

    static JsonObject of(Period period, Summaries summaries) {
        Map<LocalDate, DailySentiment> sentiment = new HashMap<>();
        for (DailySentiment day : summaries.of(period.from(), period.to()).sentimentTrend()) {
            sentiment.put(day.day(), day);
        }
        JsonArray days = new JsonArray();
        for (LocalDate day : period.days()) {
            AnalyticsSummary daily = summaries.of(day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            JsonObject entry = new JsonObject();
            entry.addProperty("day", day.toString());
            entry.addProperty("conversations", daily.conversations());
            entry.addProperty("containmentRate", daily.containmentRate());
            DailySentiment feeling = sentiment.get(day);
            entry.addProperty("messages", feeling == null ? 0 : feeling.messages());
            entry.addProperty("averageSentiment", feeling == null ? null : feeling.averageScore());
            entry.addProperty("negativeMessages", feeling == null ? 0 : feeling.negative());
            days.add(entry);
        }
        JsonObject json = new JsonObject();
        json.add("period", period.toJson());
        json.add("days", days);
        return json;
    }
}
