package dev.parley.it.sample.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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

/**
 * A conversation store in memory for the REST adapter's integration test, ranked below any real
 * store so that the real one answers once it is installed.
 */
@Component(property = "service.ranking:Integer=-100")
public class InMemoryConversationStore implements ConversationStore {

    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<String, List<StoredMessage>> transcripts = new ConcurrentHashMap<>();
    private final Map<String, Turn> turns = new ConcurrentHashMap<>();

    @Override
    public synchronized Conversation open(String channel, String externalId, String customerId, Locale locale) {
        if (externalId != null) {
            Optional<Conversation> known = findByExternalId(channel, externalId);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Instant now = Instant.now();
        Conversation conversation = new Conversation(UUID.randomUUID().toString(), channel, externalId, customerId, locale,
                ConversationState.initial(), now, now, 0);
        conversations.put(conversation.id(), conversation);
        transcripts.put(conversation.id(), new ArrayList<>());
        return conversation;
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        return Optional.ofNullable(conversations.get(conversationId));
    }

    @Override
    public Optional<Conversation> findByExternalId(String channel, String externalId) {
        return conversations.values().stream()
                .filter(c -> c.channel().equals(channel) && externalId.equals(c.externalId())).findFirst();
    }

    @Override
    public Optional<Turn> findTurn(String channel, String messageId) {
        return Optional.ofNullable(turns.get(channel + "/" + messageId));
    }

    @Override
    public synchronized Conversation saveTurn(Conversation conversation, Turn turn) {
        Conversation current = conversations.get(conversation.id());
        if (current.version() != conversation.version()) {
            throw new StaleConversationException(conversation.id(), conversation.version());
        }
        String key = conversation.channel() + "/" + turn.customerMessage().messageId();
        if (turns.containsKey(key)) {
            throw new DuplicateMessageException(conversation.channel(), turn.customerMessage().messageId());
        }
        List<StoredMessage> transcript = transcripts.get(conversation.id());
        transcript.add(renumber(turn.customerMessage(), transcript.size() + 1));
        if (turn.reply() != null) {
            transcript.add(renumber(turn.reply(), transcript.size() + 1));
        }
        turns.put(key, turn);
        Conversation saved = new Conversation(current.id(), current.channel(), current.externalId(), current.customerId(),
                current.locale(), turn.stateAfter(), current.createdAt(), Instant.now(), current.version() + 1);
        conversations.put(saved.id(), saved);
        return saved;
    }

    private static StoredMessage renumber(StoredMessage message, long sequence) {
        return new StoredMessage(message.conversationId(), sequence, message.author(), message.messageId(), message.text(),
                message.at(), message.quickReplies(), message.decision());
    }

    @Override
    public Conversation appendMessage(String conversationId, StoredMessage message, Owner newOwner) {
        throw new UnsupportedOperationException("not needed by the REST adapter test");
    }

    @Override
    public Optional<Conversation> changeOwner(String conversationId, Owner newOwner) {
        throw new UnsupportedOperationException("not needed by the REST adapter test");
    }

    @Override
    public List<StoredMessage> transcript(String conversationId) {
        return List.copyOf(transcripts.getOrDefault(conversationId, List.of()));
    }

    @Override
    public List<InteractionSummary> historyOf(String customerId, Instant before, int limit) {
        return List.of();
    }

    @Override
    public int eraseCustomer(String customerId) {
        return 0;
    }
}
