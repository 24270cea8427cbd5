package dev.parley.rest;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationStore;

/** {@code POST /api/v1/conversations} and {@code GET /api/v1/conversations/{id}}. */
final class ConversationsResource {

    static final Pattern CHANNEL = Pattern.compile("[a-z0-9_-]{1,32}");
    static final int MAX_CUSTOMER_ID_CHARS = 128;

    private final ParleyServices services;
    private final Settings settings;

    ConversationsResource(ParleyServices services, Settings settings) {
        this.services = services;
        this.settings = settings;
    }

    /**
     * Opens a conversation. The customer id is the host's word for who is writing (the host has
     * authenticated them); the assistant still verifies identity before account changes.
     *
     * @return the new conversation's summary
     */
    JsonObject create(JsonFields body) {
        String customerId = body.optionalString("customerId", MAX_CUSTOMER_ID_CHARS);
        String channel = body.optionalMatching("channel", CHANNEL,
                "1-32 lower-case letters, digits, '-' or '_', e.g. \"web\"");
        Locale locale = body.optionalLocale("locale");
        ConversationStore store = store();
        if (customerId != null) {
            CustomerDirectory directory = services.customers().orElse(null);
            if (directory != null && directory.findById(customerId).isEmpty()) {
                throw new ProblemException(422, "unknown-customer", "Unknown customer",
                        "customerId names no customer of the host's customer directory; send a known id, "
                                + "or leave it out for an anonymous conversation", "customerId");
            }
        }
        Conversation conversation = store.open(channel == null ? settings.defaultChannel() : channel, null, customerId, locale);
        return ConversationJson.summary(conversation);
    }

    JsonObject read(String conversationId) {
        ConversationStore store = store();
        Conversation conversation = store.find(conversationId).orElseThrow(() -> unknown(conversationId));
        return ConversationJson.withTranscript(conversation, store.transcript(conversation.id()));
    }

    private ConversationStore store() {
        return requireStore(services, settings);
    }

    /** The store, or 503 while none is running. */
    static ConversationStore requireStore(ParleyServices services, Settings settings) {
        return services.store().orElseThrow(() -> ProblemException.unavailable(
                "no conversation store is running; check /system/health", settings.retryAfterSeconds()));
    }

    static ProblemException unknown(String conversationId) {
        return ProblemException.notFound("there is no conversation " + conversationId
                + "; create one with POST /api/v1/conversations");
    }
}
