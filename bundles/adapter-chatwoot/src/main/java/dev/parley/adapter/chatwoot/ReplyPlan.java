package dev.parley.adapter.chatwoot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.conversation.Reply;
import dev.parley.webhook.OutboundMessage;

/**
 * The calls to Chatwoot that answer one customer message, in order: the reply; on handoff, the
 * conversation opened for people, the mapped team assigned and the labels set. Each call's key is
 * the customer message's id plus what it does, so a message processed twice enqueues nothing twice.
 * Payloads hold ids and text only; the delivery adds the configured token.
 */
final class ReplyPlan {

    static final String CHANNEL = "chatwoot";
    static final String MESSAGE = "message";
    static final String OPEN = "open";
    static final String ASSIGN = "assign";
    static final String LABELS = "labels";

    private ReplyPlan() {
    }

    static List<OutboundMessage> of(long conversationId, long messageId, Reply reply, ChatwootSettings settings) {
        List<OutboundMessage> calls = new ArrayList<>();
        if (reply.text().isBlank()) {
            return calls;     // a person owns the conversation: the assistant stays silent
        }
        JsonObject message = conversation(conversationId);
        message.addProperty("content", reply.text());
        calls.add(call(messageId, MESSAGE, conversationId, message));
        if (reply.handoff() == null) {
            return calls;
        }
        calls.add(call(messageId, OPEN, conversationId, conversation(conversationId)));
        settings.teamOf(reply.handoff().queue()).ifPresent(team -> {
            JsonObject assign = conversation(conversationId);
            assign.addProperty("teamId", team);
            calls.add(call(messageId, ASSIGN, conversationId, assign));
        });
        JsonArray labels = labels(reply, settings);
        if (!labels.isEmpty()) {
            JsonObject labelled = conversation(conversationId);
            labelled.add("labels", labels);
            calls.add(call(messageId, LABELS, conversationId, labelled));
        }
        return calls;
    }

    private static JsonArray labels(Reply reply, ChatwootSettings settings) {
        JsonArray labels = new JsonArray();
        if (reply.understanding() == null) {
            return labels;
        }
        if (settings.labelIntent() && !reply.understanding().intent().outOfScope()) {
            labels.add(label("intent", reply.understanding().intent().intent()));
        }
        if (settings.labelSentiment() && reply.understanding().sentiment() != null) {
            labels.add(label("sentiment", reply.understanding().sentiment().label().name()));
        }
        return labels;
    }

    /** Chatwoot labels are lower-case letters, digits, '-' and '_'. */
    static String label(String prefix, String value) {
        return prefix + "-" + value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
    }

    private static JsonObject conversation(long conversationId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("conversationId", conversationId);
        return payload;
    }

    private static OutboundMessage call(long messageId, String kind, long conversationId, JsonObject payload) {
        return new OutboundMessage(CHANNEL, messageId + ":" + kind, kind, Long.toString(conversationId),
                payload.toString());
    }
}
