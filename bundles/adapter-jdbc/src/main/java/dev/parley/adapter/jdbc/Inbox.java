package dev.parley.adapter.jdbc;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.ParleyException;
import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import dev.parley.webhook.Outbox;

/**
 * Answers the legacy inbox table: each poll first hands over replies that could not be enqueued
 * before, then reads the messages after the watermark (or whatever the statement selects), hands
 * each to the {@link Assistant} (channel {@code jdbc}, message id {@code <name>:<row id>}, so a
 * repeat returns the stored reply instead of answering again) and enqueues the reply in the
 * {@link Outbox} (channel {@code jdbc-<name>}, key the row id), whose {@link InboxReplyDelivery}
 * writes it back with the configured statement.
 *
 * <p>A message is recorded with its reply in the store before the reply is enqueued, so a reply
 * the outbox could not take is enqueued again later and never lost; a message recorded once is
 * never answered again, by this node or another. The outbox retries a failed write with back-off
 * and keeps one that still fails as a dead letter (health, admin endpoint, replay). A write the
 * outbox repeats after a crash must change nothing, which is why the reply statement must be
 * idempotent (an {@code UPDATE} of the message row, or an {@code INSERT} into a table with a
 * unique key on the message id, whose violation counts as written).
 */
final class Inbox {

    static final String CHANNEL = "jdbc";
    static final Set<String> REQUIRED = Set.of("id", "text");

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    private static final long LEASE_MILLIS = 60_000;
    private static final long MAX_BACKOFF_MILLIS = 3_600_000;

    /** A message read from the legacy inbox. */
    private record Message(Object id, String idText, String idKind, String customerId, String conversation, String text,
            Instant created, String after) {
    }

    private final LegacyDatabase legacy;
    private final Settings settings;
    private final InboxState state;
    private final Assistant assistant;
    private final Outbox outbox;
    private final Clock clock;

    Inbox(LegacyDatabase legacy, InboxState state, Assistant assistant, Outbox outbox, Clock clock) {
        this.legacy = legacy;
        this.settings = legacy.settings();
        this.state = state;
        this.assistant = assistant;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * One poll.
     *
     * @return how many new messages were handled (answered, or refused by the assistant for good)
     * @throws SQLException if the store's database fails; the poll is repeated later from where it was
     */
    int poll() throws SQLException {
        retryDue();
        Optional<String> watermark = state.watermark();
        List<Message> messages = read(watermark);
        int handled = 0;
        String after = null;
        try {
            for (Message message : messages) {
                if (!state.known(message.idText())) {
                    if (!answer(message)) {
                        return handled; // the assistant cannot answer now: this message and the rest on the next poll
                    }
                    handled++;
                }
                after = message.after() == null ? after : message.after();
            }
            return handled;
        } finally {
            // once per poll, up to the last message recorded: a crash before it only costs a look at known rows
            if (after != null && !watermark.equals(Optional.of(after))) {
                state.advance(watermark, after, clock.millis());
            }
        }
    }

    private List<Message> read(Optional<String> watermark) {
        Map<String, Object> values = new HashMap<>();
        values.put("after", after(watermark));
        values.put("limit", settings.inboxBatchSize);
        return legacy.read("reading the inbox", connection -> legacy.query(connection, Query.INBOX, values,
                settings.inboxBatchSize, rows -> {
                    List<Message> messages = new ArrayList<>();
                    Row row = null;
                    while (rows.next()) {
                        row = row == null ? Row.over(rows, settings.inboxColumns, REQUIRED, Query.INBOX.property(), settings) : row;
                        messages.add(message(row));
                    }
                    return messages;
                }));
    }

    private Message message(Row row) throws SQLException {
        Object id = row.value("id");
        boolean number = id instanceof Number;
        String idText = number ? new BigDecimal(id.toString()).toPlainString() : row.text("id");
        Instant created = row.instant("created");
        String after = switch (settings.inboxAfterType) {
            case NUMBER -> number ? idText : null;
            case TEXT -> idText;
            case TIMESTAMP -> created == null ? null : created.toString();
        };
        return new Message(id, idText, number ? "number" : "text", row.text("customer"), row.text("conversation"),
                row.text("text"), created, after);
    }

    /** Answers one message; {@code false} if the assistant cannot now. */
    private boolean answer(Message message) throws SQLException {
        long now = clock.millis();
        String conversation = message.conversation() != null ? settings.name + ":" + message.conversation()
                : message.customerId() != null ? settings.name + ":customer:" + message.customerId() : null;
        Reply reply;
        try {
            reply = assistant.handle(new IncomingMessage(CHANNEL, conversation, settings.name + ":" + message.idText(),
                    new CustomerRef(message.customerId(), null, null, null), message.text() == null ? "" : message.text(),
                    message.created() == null ? Instant.ofEpochMilli(now) : message.created(), null,
                    Map.of("legacyCrm", settings.name)));
        } catch (InvalidMessageException | IllegalArgumentException e) {
            LOG.warn("Legacy CRM {}: inbox message {} not answered: {}", settings.name, message.idText(), e.getMessage());
            state.record(new InboxState.Pending(message.idText(), message.idKind(), message.customerId(), null, null, 0),
                    "REJECTED", now, 0);
            return true;
        } catch (ParleyException e) {
            LOG.warn("Legacy CRM {}: inbox message {} waits: the assistant cannot answer now ({})", settings.name,
                    message.idText(), e.getMessage());
            return false;
        }
        InboxState.Pending pending = new InboxState.Pending(message.idText(), message.idKind(), message.customerId(),
                reply.conversationId(), reply.text(), 0);
        if (state.record(pending, "PENDING", now, now + LEASE_MILLIS)) {
            enqueue(pending);
        }
        return true;
    }

    private void retryDue() throws SQLException {
        long now = clock.millis();
        for (InboxState.Pending pending : state.due(now, settings.inboxBatchSize)) {
            if (state.claim(pending.messageId(), now, now + LEASE_MILLIS)) {
                enqueue(pending);
            }
        }
    }

    /**
     * Hands a reply to the outbox, which writes it back; a failure to enqueue (the store is down) is
     * recorded with the time of the next attempt.
     */
    private void enqueue(InboxState.Pending pending) throws SQLException {
        try {
            outbox.enqueue(InboxReplyDelivery.message(settings.name, pending));
        } catch (RuntimeException e) {
            int attempts = pending.attempts() + 1;
            long backoff = Math.min(MAX_BACKOFF_MILLIS, settings.inboxPollSeconds * 1000L << Math.min(attempts, 20));
            String reason = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            state.failed(pending.messageId(), attempts, clock.millis() + backoff, reason);
            LOG.warn("Legacy CRM {}: reply to inbox message {} not handed to the outbox (attempt {}), retried in {} s: {}",
                    settings.name, pending.messageId(), attempts, backoff / 1000, reason);
            return;
        }
        // enqueued once per message id: a repeat after a crash here adds nothing to the outbox
        state.queued(pending.messageId(), clock.millis());
    }

    /** The {@code :after} value: the watermark, or where an empty inbox state starts, typed for the legacy column. */
    private Object after(Optional<String> watermark) {
        return switch (settings.inboxAfterType) {
            case NUMBER -> new BigDecimal(watermark.orElse("0"));
            case TEXT -> watermark.orElse("");
            case TIMESTAMP -> LocalDateTime.ofInstant(watermark.map(Instant::parse).orElse(Instant.EPOCH), settings.timeZone);
        };
    }
}
