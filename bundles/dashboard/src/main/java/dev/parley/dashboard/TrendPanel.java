package dev.parley.dashboard;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.analytics.DailyFigures;

/**
 * One entry per day of the period (at most 30), oldest first, from the analytics service's daily
 * figures of the period. A day without data has 0 conversations and {@code null} rates, so the
 * charts keep their time axis; {@code messages} are the customer messages the assistant decided
 * on that day, whose sentiment the average is.
 */
final class TrendPanel {

    private TrendPanel() {
    }

    static JsonObject of(Period period, List<DailyFigures> figures) {
        JsonArray days = new JsonArray();
        for (DailyFigures day : figures) {
            JsonObject entry = new JsonObject();
            entry.addProperty("day", day.day().toString());
            entry.addProperty("conversations", day.conversations());
            entry.addProperty("containmentRate", day.containmentRate());
            entry.addProperty("messages", day.decisions());
            entry.addProperty("averageSentiment", day.averageSentiment());
            entry.addProperty("negativeMessages", day.negative());
            days.add(entry);
        }
        JsonObject json = new JsonObject();
        json.add("period", period.toJson());
        json.add("days", days);
        return json;
    }
}
