package dev.parley.rest;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.google.gson.JsonObject;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.Reply;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationStore;

/**
 * {@code POST /api/v1/conversations/{id}/messages}: one customer message to the assistant and its
 * reply. The answer is 200 only with the reply the assistant stored; any failure is a problem, and
 * the host may retry with the same message id without the message being handled twice.
 */
final class MessagesResource {

    static final int MAX_MESSAGE_ID_CHARS = 200;
    static final int MAX_ATTRIBUTE_CHARS = 1000;

    private final ParleyServices services;
    private final Settings settings;
    private final ReplyCalls calls;
    private final Clock clock;

    MessagesResource(ParleyServices services, Settings settings, ReplyCalls calls, Clock clock) {
        this.services = services;
        this.settings = settings;
        this.calls = calls;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
     */
    JsonObject post(String conversationId, JsonFields body, String idempotencyKey) {
        String text = body.requiredText("text", settings.maxTextBytes());
        String messageId = messageId(body, idempotencyKey);
        Locale locale = body.optionalLocale("locale");
        Map<String, String> attributes = body.optionalStringMap("attributes", MAX_ATTRIBUTE_CHARS);

        ConversationStore store = ConversationsResource.requireStore(services, settings);
        Conversation conversation = store.find(conversationId)
                .orElseThrow(() -> ConversationsResource.unknown(conversationId));
        Assistant assistant = services.assistant().orElseThrow(() -> ProblemException.unavailable(
                "no assistant is running; check /system/health", settings.retryAfterSeconds()));

        IncomingMessage message = new IncomingMessage(conversation.channel(), conversation.id(), messageId,
                new CustomerRef(conversation.customerId(), null, null, null), text, clock.instant(),
                locale != null ? locale : conversation.locale(), attributes);
        Reply reply = calls.call(() -> assistant.handle(message), settings.replyTimeout(), messageId);
        if (reply == null) {
            throw new IllegalStateException("the assistant returned no reply for a message of conversation " + conversationId);
        }
        return ReplyJson.toJson(reply, messageId);
    }

    private static String messageId(JsonFields body, String idempotencyKey) {
        String fromBody = body.optionalString("messageId", MAX_MESSAGE_ID_CHARS);
        if (fromBody != null) {
            return fromBody;
        }
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_MESSAGE_ID_CHARS) {
                throw ProblemException.invalidField("Idempotency-Key", "the Idempotency-Key header must have 1 to "
                        + MAX_MESSAGE_ID_CHARS + " characters");
            }
            return idempotencyKey.trim();
        }
        return UUID.randomUUID().toString();
    }
}
