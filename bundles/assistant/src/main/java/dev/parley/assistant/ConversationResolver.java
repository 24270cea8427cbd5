package dev.parley.assistant;

import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationStore;
import java.util.Optional;

/**
 * Finds the conversation a message belongs to: the id is first taken as Parley's own id (which a
 * {@code Reply} handed out), then as the host's id in the message's channel; a message without a
 * known id opens a new conversation that remembers the host's id.
 */
final class ConversationResolver {

    Conversation resolve(IncomingMessage message, ConversationStore store) {
        String id = message.conversationId();
        if (id == null || id.isBlank()) {
            return open(message, null, store);
        }
        Optional<Conversation> own = store.find(id).filter(c -> c.channel().equals(message.channel()));
        if (own.isPresent()) {
            return own.get();
        }
        return store.findByExternalId(message.channel(), id).orElseGet(() -> open(message, id, store));
    }

    private static Conversation open(IncomingMessage message, String externalId, ConversationStore store) {
        return store.open(message.channel(), externalId, message.customer().customerId(), message.locale());
    }
}
