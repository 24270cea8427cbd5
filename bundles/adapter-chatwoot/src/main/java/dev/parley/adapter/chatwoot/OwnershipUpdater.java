package dev.parley.adapter.chatwoot;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.DuplicateMessageException;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;

/**
 * Keeps one owner per conversation: what Chatwoot shows about who answers is written to the store,
 * where the assistant reads it before answering (it stays silent while a person owns the
 * conversation). An agent's reply is kept in the transcript.
 */
final class OwnershipUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(OwnershipUpdater.class);

    private final ConversationStore store;

    OwnershipUpdater(ConversationStore store) {
        this.store = store;
    }

    void agentReplied(ChatwootEvent.AgentMessage message) {
        Conversation conversation = conversation(message.conversationId(), true).orElseThrow();
        try {
            store.appendMessage(conversation.id(), new StoredMessage(conversation.id(), 0, Author.AGENT,
                    Long.toString(message.messageId()), message.text(), message.sentAt(), null, null), Owner.HUMAN);
            LOG.info("Chatwoot conversation {}: an agent replied, a person owns it now", message.conversationId());
        } catch (DuplicateMessageException e) {
            LOG.debug("Chatwoot message {} was recorded before", message.messageId());
        }
    }

    void ownerChanged(ChatwootEvent.OwnerChange change) {
        // A handback or resolution of a conversation Parley never saw changes nothing.
        Optional<Conversation> conversation = conversation(change.conversationId(), change.owner() == Owner.HUMAN);
        if (conversation.isEmpty()) {
            LOG.debug("Chatwoot conversation {}: {} ignored, Parley has no such conversation",
                    change.conversationId(), change.cause());
            return;
        }
        if (conversation.get().state().owner() != change.owner()) {
            store.changeOwner(conversation.get().id(), change.owner());
            LOG.info("Chatwoot conversation {}: {}, owner now {}", change.conversationId(), change.cause(),
                    change.owner());
        }
    }

    private Optional<Conversation> conversation(long conversationId, boolean create) {
        String externalId = Long.toString(conversationId);
        Optional<Conversation> found = store.findByExternalId(ReplyPlan.CHANNEL, externalId);
        if (found.isPresent() || !create) {
            return found;
        }
        return Optional.of(store.open(ReplyPlan.CHANNEL, externalId, null, null));
    }
}
