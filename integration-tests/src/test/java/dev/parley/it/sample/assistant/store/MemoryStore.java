package dev.parley.it.sample.assistant.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Component;

import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.DuplicateMessageException;
import dev.parley.api.store.InteractionSummary;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StaleConversationException;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;

/** A {@link ConversationStore} in memory, standing in for the store bundle. */
@Component
public class MemoryStore implements ConversationStore {

    private final Map<String, Conversation> conversations = new HashMap<>();
    private final Map<String, String> external = new HashMap<>();
    private final Map<String, Turn> turns = new HashMap<>();
    private final Map<String, List<StoredMessage>> messages = new HashMap<>();

    @Override
    public synchronized Conversation open(String channel, String externalId, String customerId, Locale locale) {
        if (externalId != null && external.containsKey(channel + "/" + externalId)) {
            return conversations.get(external.get(channel + "/" + externalId));
        }
        Instant now = Instant.now();
        Conversation conversation = new Conversation(UUID.randomUUID().toString(), channel, externalId, customerId,
                locale, ConversationState.initial(), now, now, 0);
        conversations.put(conversation.id(), conversation);
        if (externalId != null) {
            external.put(channel + "/" + externalId, conversation.id());
        }
        return conversation;
    }

    @Override
    public synchronized Optional<Conversation> find(String conversationId) {
        return Optional.ofNullable(conversations.get(conversationId));
    }

    @Override
    public synchronized Optional<Conversation> findByExternalId(String channel, String externalId) {
        return Optional.ofNullable(external.get(channel + "/" + externalId)).map(conversations::get);
    }

    @Override
    public synchronized Optional<Turn> findTurn(String channel, String messageId) {
        return Optional.ofNullable(turns.get(channel + "/" + messageId));
    }

    @Override
    public synchronized Conversation saveTurn(Conversation conversation, Turn turn) {
        Conversation current = conversations.get(conversation.id());
        if (current.version() != conversation.version()) {
            throw new StaleConversationException(conversation.id(), conversation.version());
        }
        String key = current.channel() + "/" + turn.customerMessage().messageId();
        if (turns.containsKey(key)) {
            throw new DuplicateMessageException(current.channel(), turn.customerMessage().messageId());
        }
        turns.put(key, turn);
        List<StoredMessage> transcript = messages.computeIfAbsent(current.id(), id -> new ArrayList<>());
        transcript.add(turn.customerMessage());
        if (turn.reply() != null) {
            transcript.add(turn.reply());
        }
        return save(current, turn.stateAfter());
    }

    @Override
    public synchronized Conversation appendMessage(String conversationId, StoredMessage message, Owner newOwner) {
        Conversation current = conversations.get(conversationId);
        messages.computeIfAbsent(conversationId, id -> new ArrayList<>()).add(message);
        return save(current, newOwner == null ? current.state() : current.state().withOwner(newOwner));
    }

    @Override
    public synchronized Optional<Conversation> changeOwner(String conversationId, Owner newOwner) {
        return find(conversationId).map(c -> save(c, c.state().withOwner(newOwner)));
    }

    @Override
    public synchronized List<StoredMessage> transcript(String conversationId) {
        return List.copyOf(messages.getOrDefault(conversationId, List.of()));
    }

    @Override
    public List<InteractionSummary> historyOf(String customerId, Instant before, int limit) {
        return List.of();
    }

    @Override
    public int eraseCustomer(String customerId) {
        return 0;
    }

    private Conversation save(Conversation current, ConversationState state) {
        Conversation saved = new Conversation(current.id(), current.channel(), current.externalId(),
                current.customerId(), current.locale(), state, current.createdAt(), Instant.now(),
                current.version() + 1);
        conversations.put(saved.id(), saved);
        return saved;
    }
}
