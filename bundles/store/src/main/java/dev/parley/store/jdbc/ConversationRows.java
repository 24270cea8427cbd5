package dev.parley.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.Decision;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;

/** The store's SQL and the mapping between its rows and the API's records. */
final class ConversationRows {

    static final String CONVERSATION_COLUMNS = "id, channel, external_id, customer_id, locale, owner, slots, "
            + "pending_skill, verified_customer_id, low_confidence_streak, created_at, updated_at, version";

    static final String SELECT_CONVERSATION = "SELECT " + CONVERSATION_COLUMNS + " FROM parley_conversation ";

    static final String INSERT_CONVERSATION = "INSERT INTO parley_conversation (" + CONVERSATION_COLUMNS
            + ", message_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    static final String SELECT_MESSAGES = "SELECT m.conversation_id, m.seq, m.author, m.message_id, m.body, "
            + "m.written_at, m.quick_replies, d.intent, d.confidence, d.intent_model, d.sentiment_score, "
            + "d.sentiment_label, d.emotion, d.skill, d.outcome, d.handoff_queue, d.handoff_trigger, d.ticket_id, "
            + "d.processing_millis FROM parley_message m LEFT JOIN parley_decision d "
            + "ON d.conversation_id = m.conversation_id AND d.seq = m.seq ";

    static final String INSERT_MESSAGE = "INSERT INTO parley_message (conversation_id, seq, channel, author, "
            + "message_id, body, written_at, quick_replies, reply_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String INSERT_DECISION = "INSERT INTO parley_decision (conversation_id, seq, intent, confidence, "
            + "intent_model, sentiment_score, sentiment_label, emotion, skill, outcome, handoff_queue, "
            + "handoff_trigger, ticket_id, processing_millis, decided_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ConversationRows() {
    }

    /** PostgreSQL keeps microseconds; trimming here makes what is returned equal what is read later. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static void bindConversation(PreparedStatement insert, Conversation c) throws SQLException {
        insert.setString(1, c.id());
        insert.setString(2, c.channel());
        insert.setString(3, c.externalId());
        insert.setString(4, c.customerId());
        insert.setString(5, c.locale() == null ? null : c.locale().toLanguageTag());
        ConversationState state = c.state();
        insert.setString(6, state.owner().name());
        insert.setString(7, StoreJson.slots(state.slots()));
        insert.setString(8, state.pendingSkill());
        insert.setString(9, state.verifiedCustomerId());
        insert.setInt(10, state.lowConfidenceStreak());
        insert.setObject(11, timestamp(c.createdAt()));
        insert.setObject(12, timestamp(c.updatedAt()));
        insert.setLong(13, c.version());
    }

    static Conversation conversation(ResultSet row) throws SQLException {
        String locale = row.getString("locale");
        ConversationState state = new ConversationState(Owner.valueOf(row.getString("owner")),
                StoreJson.slots(row.getString("slots")), row.getString("pending_skill"),
                row.getString("verified_customer_id"), row.getInt("low_confidence_streak"));
        return new Conversation(row.getString("id"), row.getString("channel"), row.getString("external_id"),
                row.getString("customer_id"), locale == null ? null : Locale.forLanguageTag(locale), state,
                instant(row, "created_at"), instant(row, "updated_at"), row.getLong("version"));
    }

    /** Binds a message row at the sequence the store assigned. */
    static void bindMessage(PreparedStatement insert, String conversationId, long sequence, String channel,
            StoredMessage message, Long replyTo) throws SQLException {
        insert.setString(1, conversationId);
        insert.setLong(2, sequence);
        insert.setString(3, channel);
        insert.setString(4, message.author().name());
        insert.setString(5, message.messageId());
        insert.setString(6, message.text());
        insert.setObject(7, timestamp(message.at()));
        insert.setString(8, StoreJson.quickReplies(message.quickReplies()));
        if (replyTo == null) {
            insert.setNull(9, Types.BIGINT);
        } else {
            insert.setLong(9, replyTo);
        }
    }

    static void bindDecision(PreparedStatement insert, String conversationId, long sequence, Decision d,
            Instant at) throws SQLException {
        insert.setString(1, conversationId);
        insert.setLong(2, sequence);
        insert.setString(3, d.intent());
        insert.setDouble(4, d.confidence());
        insert.setString(5, d.intentModel());
        insert.setDouble(6, d.sentimentScore());
        insert.setString(7, d.sentimentLabel());
        insert.setString(8, d.emotion());
        insert.setString(9, d.skill());
        insert.setString(10, d.outcome());
        insert.setString(11, d.handoffQueue());
        insert.setString(12, d.handoffTrigger());
        insert.setString(13, d.ticketId());
        insert.setLong(14, d.processingMillis());
        insert.setObject(15, timestamp(at));
    }

    /** A row of {@link #SELECT_MESSAGES}. */
    static StoredMessage message(ResultSet row) throws SQLException {
        String intent = row.getString("intent");
        Decision decision = intent == null ? null : new Decision(intent, row.getDouble("confidence"),
                row.getString("intent_model"), row.getDouble("sentiment_score"), row.getString("sentiment_label"),
                row.getString("emotion"), row.getString("skill"), row.getString("outcome"),
                row.getString("handoff_queue"), row.getString("handoff_trigger"), row.getString("ticket_id"),
                row.getLong("processing_millis"));
        return new StoredMessage(row.getString("conversation_id"), row.getLong("seq"),
                Author.valueOf(row.getString("author")), row.getString("message_id"), row.getString("body"),
                instant(row, "written_at"), StoreJson.quickReplies(row.getString("quick_replies")), decision);
    }
}
