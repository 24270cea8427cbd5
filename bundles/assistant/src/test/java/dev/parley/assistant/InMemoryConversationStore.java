package dev.parley.assistant;

import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.DuplicateMessageException;
import dev.parley.api.store.InteractionSummary;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StaleConversationException;
import dev.parley.api.store.StoreUnavailableException;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link ConversationStore} in memory with the contract's checks (version, duplicate message
 * ids) and switches to make it fail like a database does.
 */
final class InMemoryConversationStore implements ConversationStore {

    private final Map<String, Conversation> conversations = new HashMap<>();
    private final Map<String, String> byExternalId = new HashMap<>();
    private final Map<String, Turn> turns = new HashMap<>();
    private final Map<String, List<StoredMessage>> messages = new HashMap<>();
    private final Map<String, List<InteractionSummary>> history = new HashMap<>();
    private final Instant now;

    /** Unavailable: every call throws. */
    boolean unavailable;
    /** How many of the next saves find the conversation changed by another node first. */
    int concurrentChanges;
    /** Another node saves the same message (with this text) right before the next save. */
    String concurrentDuplicateText;
    int saves;

    InMemoryConversationStore(Instant now) {
        this.now = now;
    }

    @Override
    public synchronized Conversation open(String channel, String externalId, String customerId, Locale locale) {
        check();
        if (externalId != null && byExternalId.containsKey(channel + "/" + externalId)) {
            return conversations.get(byExternalId.get(channel + "/" + externalId));
        }
        Conversation conversation = new Conversation(UUID.randomUUID().toString(), channel, externalId, customerId,
                locale, ConversationState.initial(), now, now, 0);
        conversations.put(conversation.id(), conversation);
        if (externalId != null) {
            byExternalId.put(channel + "/" + externalId, conversation.id());
        }
        return conversation;
    }

    @Override
    public synchronized Optional<Conversation> find(String conversationId) {
        check();
        return Optional.ofNullable(conversations.get(conversationId));
    }

    @Override
    public synchronized Optional<Conversation> findByExternalId(String channel, String externalId) {
        check();
        return Optional.ofNullable(byExternalId.get(channel + "/" + externalId)).map(conversations::get);
    }

    @Override
    public synchronized Optional<Turn> findTurn(String channel, String messageId) {
        check();
        return Optional.ofNullable(turns.get(channel + "/" + messageId));
    }

    @Override
    public synchronized Conversation saveTurn(Conversation conversation, Turn turn) {
        check();
        saves++;
        Conversation current = conversations.get(conversation.id());
        if (concurrentChanges > 0) {
            concurrentChanges--;
            current = bump(current);
        }
        if (concurrentDuplicateText != null) {
            StoredMessage theirs = new StoredMessage(conversation.id(), 1, Author.CUSTOMER,
                    turn.customerMessage().messageId(), concurrentDuplicateText, now, List.of(), null);
            turns.put(current.channel() + "/" + theirs.messageId(), new Turn(theirs,
                    new StoredMessage(conversation.id(), 2, Author.ASSISTANT, "theirs", "their reply", now,
                            List.of("OK"), null), current.state()));
            concurrentDuplicateText = null;
        }
        if (current.version() != conversation.version()) {
            throw new StaleConversationException(conversation.id(), conversation.version());
        }
        String key = current.channel() + "/" + turn.customerMessage().messageId();
        if (turns.containsKey(key)) {
            throw new DuplicateMessageException(current.channel(), turn.customerMessage().messageId());
        }
        List<StoredMessage> transcript = messages.computeIfAbsent(current.id(), id -> new ArrayList<>());
        StoredMessage customer = numbered(turn.customerMessage(), transcript.size() + 1);
        transcript.add(customer);
        StoredMessage reply = null;
        if (turn.reply() != null) {
            reply = numbered(turn.reply(), transcript.size() + 1);
            transcript.add(reply);
        }
        turns.put(key, new Turn(customer, reply, turn.stateAfter()));
        Conversation saved = new Conversation(current.id(), current.channel(), current.externalId(),
                current.customerId(), current.locale(), turn.stateAfter(), current.createdAt(), now,
                current.version() + 1);
        conversations.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Conversation appendMessage(String conversationId, StoredMessage message, Owner newOwner) {
        check();
        Conversation current = conversations.get(conversationId);
        List<StoredMessage> transcript = messages.computeIfAbsent(conversationId, id -> new ArrayList<>());
        transcript.add(numbered(message, transcript.size() + 1));
        Conversation saved = withState(current,
                newOwner == null ? current.state() : current.state().withOwner(newOwner));
        conversations.put(conversationId, saved);
        return saved;
    }

    @Override
    public synchronized Optional<Conversation> changeOwner(String conversationId, Owner newOwner) {
        check();
        Conversation current = conversations.get(conversationId);
        if (current == null) {
            return Optional.empty();
        }
        Conversation saved = withState(current, current.state().withOwner(newOwner));
        conversations.put(conversationId, saved);
        return Optional.of(saved);
    }

    @Override
    public synchronized List<StoredMessage> transcript(String conversationId) {
        check();
        return List.copyOf(messages.getOrDefault(conversationId, List.of()));
    }

    @Override
    public synchronized List<InteractionSummary> historyOf(String customerId, Instant before, int limit) {
        check();
        return history.getOrDefault(customerId, List.of()).stream().filter(h -> h.startedAt().isBefore(before))
                .sorted(Comparator.comparing(InteractionSummary::startedAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized int eraseCustomer(String customerId) {
        check();
        history.remove(customerId);
        return 0;
    }

    synchronized void addHistory(String customerId, InteractionSummary summary) {
        history.computeIfAbsent(customerId, id -> new ArrayList<>()).add(summary);
    }

    synchronized Conversation conversation(String id) {
        return conversations.get(id);
    }

    synchronized int turnCount() {
        return turns.size();
    }

    private Conversation bump(Conversation current) {
        Conversation bumped = withState(current, current.state());
        conversations.put(bumped.id(), bumped);
        return bumped;
    }

    private Conversation withState(Conversation current, ConversationState state) {
        return new Conversation(current.id(), current.channel(), current.externalId(), current.customerId(),
                current.locale(), state, current.createdAt(), now, current.version() + 1);
    }

    private static StoredMessage numbered(StoredMessage message, long sequence) {
        return new StoredMessage(message.conversationId(), sequence, message.author(), message.messageId(),
                message.text(), message.at(), message.quickReplies(), message.decision());
    }

    private void check() {
        if (unavailable) {
            throw new StoreUnavailableException("database unreachable (test)", new java.sql.SQLException("down"));
        }
    }
}
