package dev.parley.rest;

import java.time.Instant;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.analytics.DailyFigures;

/** The JSON of the daily figures: the period and one object per UTC day, oldest first. */
final class DailyJson {

    private DailyJson() {
    }

    static JsonObject of(Instant from, Instant to, List<DailyFigures> days) {
        JsonArray entries = new JsonArray();
        for (DailyFigures day : days) {
            JsonObject entry = new JsonObject();
            entry.addProperty("day", day.day().toString());
            entry.addProperty("conversations", day.conversations());
            entry.addProperty("contained", day.contained());
            entry.addProperty("containmentRate", day.containmentRate());
            entry.addProperty("handoffs", day.handoffs());
            entry.addProperty("decisions", day.decisions());
            entry.addProperty("averageSentiment", day.averageSentiment());
            entry.addProperty("negative", day.negative());
            entry.addProperty("ratings", day.ratings());
            entry.addProperty("averageRating", day.averageRating());
            entries.add(entry);
        }
        JsonObject json = new JsonObject();
        json.addProperty("from", from.toString());
        json.addProperty("to", to.toString());
        json.add("days", entries);
        return json;
    }
}
