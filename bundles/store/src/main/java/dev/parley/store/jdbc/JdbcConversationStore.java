package dev.parley.store.jdbc;

import static dev.parley.store.jdbc.ConversationRows.SELECT_CONVERSATION;
import static dev.parley.store.jdbc.ConversationRows.SELECT_MESSAGES;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.InteractionSummary;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;

/**
 * {@link ConversationStore} over JDBC. The conversation row is the lock: every change raises its
 * version and message count in the same transaction as the messages it adds, so two containers
 * saving the same conversation cannot interleave, and message sequences have no gaps. The store
 * assigns the sequences; the ones in the records passed in are ignored.
 */
public final class JdbcConversationStore implements ConversationStore {

    private final Transactions transactions;
    private final MessageWriter messages = new MessageWriter();

    public JdbcConversationStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public Conversation open(String channel, String externalId, String customerId, Locale locale) {
        Objects.requireNonNull(channel, "channel");
        if (externalId != null) {
            Optional<Conversation> known = findByExternalId(channel, externalId);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Instant now = ConversationRows.now();
        Conversation fresh = new Conversation(UUID.randomUUID().toString(), channel, externalId, customerId, locale,
                ConversationState.initial(), now, now, 1);
        try {
            return transactions.inTransaction("opening a conversation", connection -> {
                try (PreparedStatement insert = connection.prepareStatement(ConversationRows.INSERT_CONVERSATION)) {
                    ConversationRows.bindConversation(insert, fresh);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (externalId != null && SqlFailures.isUniqueViolation(e)) {
                        throw new ExternalIdTaken();
                    }
                    throw e;
                }
                return fresh;
            });
        } catch (ExternalIdTaken e) {
            // Another request opened it at the same moment: both callers get the same conversation.
            return findByExternalId(channel, externalId).orElseThrow();
        }
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        Objects.requireNonNull(conversationId, "conversationId");
        return transactions.read("reading a conversation", connection -> find(connection, conversationId));
    }

    @Override
    public Optional<Conversation> findByExternalId(String channel, String externalId) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalId, "externalId");
        return transactions.read("reading a conversation", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    SELECT_CONVERSATION + "WHERE channel = ? AND external_id = ?")) {
                query.setString(1, channel);
                query.setString(2, externalId);
                return single(query);
            }
        });
    }

    @Override
    public Optional<Turn> findTurn(String channel, String messageId) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
        return transactions.read("reading a turn", connection -> {
            List<StoredMessage> customer = messages.query(connection,
                    SELECT_MESSAGES + "WHERE m.channel = ? AND m.message_id = ? AND m.author = 'CUSTOMER'",
                    channel, messageId);
            if (customer.isEmpty()) {
                return Optional.<Turn>empty();
            }
            StoredMessage message = customer.get(0);
            List<StoredMessage> reply = messages.query(connection,
                    SELECT_MESSAGES + "WHERE m.conversation_id = ? AND m.reply_to = ?",
                    message.conversationId(), message.sequence());
            Conversation conversation = find(connection, message.conversationId()).orElseThrow();
            return Optional.of(new Turn(message, reply.isEmpty() ? null : reply.get(0), conversation.state()));
        });
    }

    @Override
    public Conversation saveTurn(Conversation conversation, Turn turn) {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(turn, "turn");
        Instant now = ConversationRows.now();
        int added = turn.reply() == null ? 1 : 2;
        return transactions.inTransaction("saving a turn", connection -> {
            long first = messages.claimSequences(connection, conversation, turn.stateAfter(), added, now);
            messages.insert(connection, conversation, first, turn.customerMessage(), null);
            if (turn.reply() != null) {
                messages.insert(connection, conversation, first + 1, turn.reply(), first);
            }
            return new Conversation(conversation.id(), conversation.channel(), conversation.externalId(),
                    conversation.customerId(), conversation.locale(), turn.stateAfter(), conversation.createdAt(),
                    now, conversation.version() + 1);
        });
    }

    @Override
    public Conversation appendMessage(String conversationId, StoredMessage message, Owner newOwner) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(message, "message");
        Instant now = ConversationRows.now();
        return transactions.inTransaction("appending a message", connection -> {
            Conversation current = lock(connection, conversationId);
            ConversationState state = newOwner == null ? current.state() : current.state().withOwner(newOwner);
            long sequence = messages.claimSequences(connection, current, state, 1, now);
            messages.insert(connection, current, sequence, message, null);
            return find(connection, conversationId).orElseThrow();
        });
    }

    @Override
    public Optional<Conversation> changeOwner(String conversationId, Owner newOwner) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(newOwner, "newOwner");
        return transactions.inTransaction("changing the owner", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE parley_conversation "
                    + "SET owner = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                update.setString(1, newOwner.name());
                update.setObject(2, ConversationRows.timestamp(ConversationRows.now()));
                update.setString(3, conversationId);
                if (update.executeUpdate() == 0) {
                    return Optional.<Conversation>empty();
                }
            }
            return find(connection, conversationId);
        });
    }

    @Override
    public List<StoredMessage> transcript(String conversationId) {
        Objects.requireNonNull(conversationId, "conversationId");
        return transactions.read("reading a transcript", connection -> List.copyOf(messages.query(connection,
                SELECT_MESSAGES + "WHERE m.conversation_id = ? ORDER BY m.seq", conversationId)));
    }

    @Override
    public List<InteractionSummary> historyOf(String customerId, Instant before, int limit) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(before, "before");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        return transactions.read("reading a customer's history",
                connection -> InteractionHistory.query(connection, customerId, before, limit));
    }

    @Override
    public int eraseCustomer(String customerId) {
        Objects.requireNonNull(customerId, "customerId");
        // Messages and decisions go with their conversation (ON DELETE CASCADE).
        return transactions.inTransaction("erasing a customer", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM parley_conversation WHERE customer_id = ? OR verified_customer_id = ?")) {
                delete.setString(1, customerId);
                delete.setString(2, customerId);
                return delete.executeUpdate();
            }
        });
    }

    private static Optional<Conversation> find(Connection connection, String conversationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_CONVERSATION + "WHERE id = ?")) {
            query.setString(1, conversationId);
            return single(query);
        }
    }

    private static Conversation lock(Connection connection, String conversationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_CONVERSATION + "WHERE id = ? FOR UPDATE")) {
            query.setString(1, conversationId);
            return single(query).orElseThrow(() -> new IllegalArgumentException(
                    "no conversation " + conversationId + ": open it first"));
        }
    }

    private static Optional<Conversation> single(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(ConversationRows.conversation(row)) : Optional.empty();
        }
    }

    /** The external id was taken by a concurrent {@link #open}. */
    static final class ExternalIdTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExternalIdTaken() {
            super(null, null, false, false);
        }
    }
}
