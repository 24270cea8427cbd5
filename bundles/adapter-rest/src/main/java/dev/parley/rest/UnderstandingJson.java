package dev.parley.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.api.nlp.Sentiment;

/** JSON of what NLP found in a message; enum values are written lower-case. */
final class UnderstandingJson {

    private UnderstandingJson() {
    }

    static JsonArray entities(List<Entity> entities) {
        JsonArray array = new JsonArray();
        for (Entity entity : entities) {
            JsonObject json = new JsonObject();
            json.addProperty("type", entity.type());
            json.addProperty("value", entity.value());
            json.addProperty("text", entity.text());
            json.addProperty("start", entity.start());
            json.addProperty("end", entity.end());
            array.add(json);
        }
        return array;
    }

    /** Score, label and emotion; with {@code details} also the emotion's confidence and the model. */
    static JsonElement sentiment(Sentiment sentiment, boolean details) {
        if (sentiment == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.addProperty("score", sentiment.score());
        json.addProperty("label", lower(sentiment.label()));
        json.addProperty("emotion", lower(sentiment.emotion()));
        if (details) {
            json.addProperty("emotionConfidence", sentiment.emotionConfidence());
            json.addProperty("modelVersion", sentiment.modelVersion());
        }
        return json;
    }

    static JsonArray alternatives(IntentPrediction prediction) {
        JsonArray array = new JsonArray();
        for (ScoredIntent alternative : prediction.alternatives()) {
            JsonObject json = new JsonObject();
            json.addProperty("intent", alternative.intent());
            json.addProperty("confidence", alternative.confidence());
            array.add(json);
        }
        return array;
    }

    static JsonArray strings(Collection<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
