package dev.parley.rest;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.parley.api.store.Conversation;
import dev.parley.api.store.Decision;
import dev.parley.api.store.StoredMessage;

/** A conversation and its transcript as {@code GET /api/v1/conversations/{id}} answers them. */
final class ConversationJson {

    private ConversationJson() {
    }

    static JsonObject summary(Conversation conversation) {
        JsonObject json = new JsonObject();
        json.addProperty("id", conversation.id());
        json.addProperty("channel", conversation.channel());
        json.addProperty("customerId", conversation.customerId());
        json.addProperty("locale", conversation.locale() == null ? null : conversation.locale().toLanguageTag());
        json.addProperty("owner", UnderstandingJson.lower(conversation.state().owner()));
        json.addProperty("createdAt", UnderstandingJson.instant(conversation.createdAt()));
        json.addProperty("updatedAt", UnderstandingJson.instant(conversation.updatedAt()));
        return json;
    }

    static JsonObject withTranscript(Conversation conversation, List<StoredMessage> transcript) {
        JsonObject json = summary(conversation);
        JsonArray messages = new JsonArray();
        for (StoredMessage message : transcript) {
            JsonObject entry = new JsonObject();
            entry.addProperty("sequence", message.sequence());
            entry.addProperty("author", UnderstandingJson.lower(message.author()));
            entry.addProperty("messageId", message.messageId());
            entry.addProperty("text", message.text());
            entry.addProperty("at", UnderstandingJson.instant(message.at()));
            entry.add("quickReplies", UnderstandingJson.strings(message.quickReplies()));
            entry.add("decision", decision(message.decision()));
            messages.add(entry);
        }
        json.add("transcript", messages);
        return json;
    }

    private static JsonElement decision(Decision decision) {
        if (decision == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.addProperty("intent", decision.intent());
        json.addProperty("confidence", decision.confidence());
        json.addProperty("intentModel", decision.intentModel());
        JsonObject sentiment = new JsonObject();
        sentiment.addProperty("score", decision.sentimentScore());
        sentiment.addProperty("label", decision.sentimentLabel());
        sentiment.addProperty("emotion", decision.emotion());
        json.add("sentiment", sentiment);
        json.addProperty("skill", decision.skill());
        json.addProperty("outcome", decision.outcome());
        json.addProperty("handoffQueue", decision.handoffQueue());
        json.addProperty("handoffTrigger", decision.handoffTrigger());
        json.addProperty("ticketId", decision.ticketId());
        json.addProperty("processingMillis", decision.processingMillis());
        return json;
    }
}
