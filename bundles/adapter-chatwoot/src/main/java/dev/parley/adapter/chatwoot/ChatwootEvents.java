package dev.parley.adapter.chatwoot;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.store.Owner;
import dev.parley.webhook.WebhookRejection;

/**
 * Reads Chatwoot's webhook bodies (account webhooks, API inbox webhooks and agent bots send the
 * same ones) into {@link ChatwootEvent}s. Message events carry the conversation in
 * {@code conversation}, conversation events are the conversation itself. A body that is not what
 * Chatwoot sends is refused naming the field: 400 when it is missing, 422 when it has the wrong
 * type or value.
 */
final class ChatwootEvents {

    /** Chatwoot's numeric message types, as message lists inside conversations send them. */
    private static final Map<String, String> MESSAGE_TYPES = Map.of("0", "incoming", "1", "outgoing", "2", "activity",
            "3", "template");

    private final long accountId;
    private final long ownUserId;

    ChatwootEvents(long accountId, long ownUserId) {
        this.accountId = accountId;
        this.ownUserId = ownUserId;
    }

    /** Reads the event type without judging the rest; for keys and logs. */
    static String type(JsonObject body) throws WebhookRejection {
        return requiredString(body, "event", "event");
    }

    static JsonObject parseObject(String body) throws WebhookRejection {
        try (JsonReader reader = new JsonReader(new StringReader(body))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw WebhookRejection.badRequest(null, "the body has more after its JSON value; send one JSON object");
            }
            if (!element.isJsonObject()) {
                throw WebhookRejection.badRequest(null, "the body is not a JSON object; send Chatwoot's webhook body");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw WebhookRejection.badRequest(null, "the body is not valid JSON; send Chatwoot's webhook body as "
                    + "application/json");
        }
    }

    ChatwootEvent read(JsonObject body, Instant receivedAt) throws WebhookRejection {
        String event = type(body);
        return switch (event) {
            case "message_created" -> message(body, receivedAt);
            case "conversation_status_changed", "conversation_opened", "conversation_resolved" -> status(body, event);
            case "conversation_updated" -> assignment(body);
            default -> new ChatwootEvent.Ignored(0, "event " + event + " is not used");
        };
    }

    private ChatwootEvent message(JsonObject body, Instant receivedAt) throws WebhookRejection {
        long messageId = requiredId(body, "id", "id");
        JsonObject conversation = requiredObject(body, "conversation", "conversation");
        long conversationId = requiredId(conversation, "id", "conversation.id");
        checkAccount(body);
        String type = messageType(body);
        if (bool(body, "private")) {
            return new ChatwootEvent.Ignored(conversationId, "private note");
        }
        String text = optionalString(body, "content", "content");
        Instant sentAt = instant(body.get("created_at"), receivedAt);
        switch (type) {
            case "incoming": {
                if (text == null || text.isBlank()) {
                    return new ChatwootEvent.Ignored(conversationId, "incoming message without text");
                }
                return new ChatwootEvent.CustomerMessage(conversationId, messageId, text, customer(body, conversation),
                        sentAt, optionalId(body, "inbox", "inbox.id"));
            }
            case "outgoing": {
                if (isOwn(body)) {
                    return new ChatwootEvent.Ignored(conversationId, "Parley's own message");
                }
                return new ChatwootEvent.AgentMessage(conversationId, messageId, text == null ? "" : text, sentAt);
            }
            default:
                return new ChatwootEvent.Ignored(conversationId, type + " message");
        }
    }

    /** An outgoing message is Parley's own if an agent bot, the configured user, or nobody (automation) sent it. */
    private boolean isOwn(JsonObject body) throws WebhookRejection {
        JsonElement sender = body.get("sender");
        if (sender == null || !sender.isJsonObject()) {
            return true;
        }
        JsonObject object = sender.getAsJsonObject();
        String type = optionalString(object, "type", "sender.type");
        if (type == null || !type.equalsIgnoreCase("user")) {
            return true;
        }
        Long id = optionalNumber(object, "id", "sender.id");
        return id != null && ownUserId > 0 && id == ownUserId;
    }

    private static String messageType(JsonObject body) throws WebhookRejection {
        JsonElement value = body.get("message_type");
        if (value == null || value.isJsonNull()) {
            throw WebhookRejection.badRequest("message_type", "message_type is missing; Chatwoot sends incoming, "
                    + "outgoing, activity or template");
        }
        String type = value.isJsonPrimitive() ? value.getAsString() : "";
        type = MESSAGE_TYPES.getOrDefault(type, type);
        if (!MESSAGE_TYPES.containsValue(type)) {
            throw WebhookRejection.unprocessable("message_type", "message_type must be incoming, outgoing, activity "
                    + "or template");
        }
        return type;
    }

    private static CustomerRef customer(JsonObject body, JsonObject conversation) throws WebhookRejection {
        JsonObject contact = null;
        JsonElement meta = conversation.get("meta");
        if (meta != null && meta.isJsonObject() && meta.getAsJsonObject().get("sender") instanceof JsonObject sender) {
            contact = sender;
        }
        String name = null;
        if (body.get("sender") instanceof JsonObject sender) {
            name = optionalString(sender, "name", "sender.name");
        }
        if (contact == null) {
            return new CustomerRef(null, null, null, name);
        }
        return new CustomerRef(optionalString(contact, "identifier", "conversation.meta.sender.identifier"),
                optionalString(contact, "email", "conversation.meta.sender.email"),
                optionalString(contact, "phone_number", "conversation.meta.sender.phone_number"),
                name != null ? name : optionalString(contact, "name", "conversation.meta.sender.name"));
    }

    private ChatwootEvent status(JsonObject body, String event) throws WebhookRejection {
        long conversationId = requiredId(body, "id", "id");
        String status = event.equals("conversation_resolved") ? "resolved" : requiredString(body, "status", "status");
        return switch (status) {
            case "open" -> new ChatwootEvent.OwnerChange(conversationId, Owner.HUMAN, "status open");
            case "pending" -> new ChatwootEvent.OwnerChange(conversationId, Owner.ASSISTANT, "status pending");
            case "resolved" -> new ChatwootEvent.OwnerChange(conversationId, Owner.RESOLVED, "status resolved");
            case "snoozed" -> new ChatwootEvent.Ignored(conversationId, "status snoozed");
            default -> throw WebhookRejection.unprocessable("status", "status must be open, pending, resolved or "
                    + "snoozed");
        };
    }

    /** {@code conversation_updated}: an assignment to a person or team hands the conversation to people. */
    private static ChatwootEvent assignment(JsonObject body) throws WebhookRejection {
        long conversationId = requiredId(body, "id", "id");
        JsonElement changes = body.get("changed_attributes");
        if (changes != null && changes.isJsonArray()) {
            for (JsonElement change : changes.getAsJsonArray()) {
                if (change.isJsonObject() && assigns(change.getAsJsonObject())) {
                    return new ChatwootEvent.OwnerChange(conversationId, Owner.HUMAN, "assigned");
                }
            }
        } else if (changes != null && changes.isJsonObject() && assigns(changes.getAsJsonObject())) {
            return new ChatwootEvent.OwnerChange(conversationId, Owner.HUMAN, "assigned");
        }
        return new ChatwootEvent.Ignored(conversationId, "conversation update without assignment");
    }

    private static boolean assigns(JsonObject change) {
        for (String attribute : new String[] {"assignee_id", "team_id"}) {
            if (change.get(attribute) instanceof JsonObject values) {
                JsonElement current = values.get("current_value");
                if (current != null && !current.isJsonNull()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void checkAccount(JsonObject body) throws WebhookRejection {
        Long account = optionalId(body, "account", "account.id");
        if (account != null && account != accountId) {
            throw WebhookRejection.unprocessable("account.id", "the event is of Chatwoot account " + account
                    + ", but Parley answers account " + accountId + " (accountId in etc/"
                    + ChatwootWebhookHandler.PID + ".cfg)");
        }
    }

    private static Instant instant(JsonElement value, Instant fallback) {
        try {
            if (value != null && value.isJsonPrimitive()) {
                return value.getAsJsonPrimitive().isNumber() ? Instant.ofEpochSecond(value.getAsLong())
                        : Instant.parse(value.getAsString());
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // the time the message was received is close enough
        }
        return fallback;
    }

    private static Long optionalId(JsonObject body, String objectName, String field) throws WebhookRejection {
        return body.get(objectName) instanceof JsonObject object ? optionalNumber(object, "id", field) : null;
    }

    private static JsonObject requiredObject(JsonObject body, String name, String field) throws WebhookRejection {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            throw WebhookRejection.badRequest(field, field + " is missing");
        }
        if (!value.isJsonObject()) {
            throw WebhookRejection.unprocessable(field, field + " must be an object");
        }
        return value.getAsJsonObject();
    }

    private static long requiredId(JsonObject body, String name, String field) throws WebhookRejection {
        Long id = optionalNumber(body, name, field);
        if (id == null) {
            throw WebhookRejection.badRequest(field, field + " is missing");
        }
        return id;
    }

    private static Long optionalNumber(JsonObject body, String name, String field) throws WebhookRejection {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        try {
            if (value.isJsonPrimitive()) {
                long number = Long.parseLong(value.getAsString());
                if (number > 0) {
                    return number;
                }
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw WebhookRejection.unprocessable(field, field + " must be a positive whole number");
    }

    private static String requiredString(JsonObject body, String name, String field) throws WebhookRejection {
        String value = optionalString(body, name, field);
        if (value == null || value.isBlank()) {
            throw WebhookRejection.badRequest(field, field + " is missing");
        }
        return value;
    }

    private static String optionalString(JsonObject body, String name, String field) throws WebhookRejection {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw WebhookRejection.unprocessable(field, field + " must be a string");
        }
        return value.getAsString();
    }

    private static boolean bool(JsonObject body, String name) throws WebhookRejection {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw WebhookRejection.unprocessable(name, name + " must be true or false");
        }
        return value.getAsBoolean();
    }
}
