package dev.parley.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.nlp.Understanding;
import dev.parley.api.recommend.Recommendation;

/** The answer to {@code POST /api/v1/conversations/{id}/messages}. */
final class ReplyJson {

    private ReplyJson() {
    }

    static JsonObject toJson(Reply reply, String messageId) {
        JsonObject json = new JsonObject();
        json.addProperty("conversationId", reply.conversationId());
        json.addProperty("messageId", messageId);
        json.addProperty("reply", reply.text());
        Understanding understanding = reply.understanding();
        json.addProperty("intent", understanding == null ? null : understanding.intent().intent());
        json.addProperty("confidence", understanding == null ? null : understanding.intent().confidence());
        json.add("entities", understanding == null ? new JsonArray() : UnderstandingJson.entities(understanding.entities()));
        json.add("sentiment", understanding == null ? JsonNull.INSTANCE : UnderstandingJson.sentiment(understanding.sentiment(), false));
        json.add("handoff", handoff(reply.handoff()));
        json.add("suggestions", UnderstandingJson.strings(reply.quickReplies()));
        json.addProperty("awaitingInput", reply.awaitingInput());
        json.addProperty("skill", reply.skill());
        json.add("recommendations", recommendations(reply));
        return json;
    }

    private static JsonElement handoff(Handoff handoff) {
        if (handoff == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.addProperty("queue", handoff.queue());
        json.addProperty("ticketId", handoff.ticketId());
        json.addProperty("reason", handoff.reason());
        json.addProperty("expectedResponseBy", UnderstandingJson.instant(handoff.expectedResponseBy()));
        json.addProperty("withinBusinessHours", handoff.withinBusinessHours());
        json.addProperty("trigger", UnderstandingJson.lower(handoff.trigger()));
        json.addProperty("priority", UnderstandingJson.lower(handoff.priority()));
        return json;
    }

    private static JsonArray recommendations(Reply reply) {
        JsonArray array = new JsonArray();
        for (Recommendation recommendation : reply.suggestions()) {
            JsonObject json = new JsonObject();
            json.addProperty("itemId", recommendation.itemId());
            json.addProperty("title", recommendation.title());
            json.addProperty("score", recommendation.score());
            json.addProperty("reason", recommendation.reason());
            array.add(json);
        }
        return array;
    }
}
