package dev.parley.adapter.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.OutboxDelivery;
import dev.parley.webhook.PermanentFailure;

/**
 * Writes the inbox's replies back into the legacy database with the configured reply statement,
 * as the {@link OutboxDelivery} of channel {@code jdbc-<name>}: the outbox retries a failed write
 * with back-off and keeps one that still fails as a dead letter an admin can replay.
 *
 * <p>A write the outbox repeats (its answer lost in a crash) must change nothing: the reply
 * statement is an {@code UPDATE} of the message row, or an {@code INSERT} with a unique key on the
 * message id, whose violation counts as written.
 */
final class InboxReplyDelivery implements OutboxDelivery {

    static final String KIND = "reply";

    private final LegacyDatabase legacy;
    private final Clock clock;

    InboxReplyDelivery(LegacyDatabase legacy, Clock clock) {
        this.legacy = legacy;
        this.clock = clock;
    }

    /** The outbox channel of a legacy database's replies. */
    static String channel(String name) {
        return "jdbc-" + name;
    }

    /** The outbox message of a reply; its idempotency key is the inbox row's id, so a reply is enqueued once. */
    static OutboundMessage message(String name, InboxState.Pending pending) {
        JsonObject payload = new JsonObject();
        payload.addProperty("messageId", pending.messageId());
        payload.addProperty("idKind", pending.idKind());
        payload.addProperty("reply", pending.reply());
        payload.addProperty("customerId", pending.customerId());
        payload.addProperty("conversationId", pending.conversationId());
        return new OutboundMessage(channel(name), pending.messageId(), KIND, null, payload.toString());
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message, int attempt) {
        Map<String, Object> values = values(message);
        try (Connection connection = legacy.connection()) {
            legacy.update(connection, Query.INBOX_REPLY, values);
        } catch (SQLException e) {
            if (!InboxState.isDuplicate(e)) {
                return DeliveryResult.retry(null, LegacyDatabase.withoutValues(e));
            }
            // a unique key says the reply is there already: written before a crash, not again
        }
        return DeliveryResult.delivered();
    }

    private Map<String, Object> values(OutboundMessage message) {
        JsonObject payload;
        try {
            payload = JsonParser.parseString(message.payload()).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new PermanentFailure("the payload of inbox reply " + message.idempotencyKey() + " is not a JSON object");
        }
        String messageId = text(payload, "messageId");
        if (messageId == null || text(payload, "reply") == null) {
            throw new PermanentFailure("the payload of inbox reply " + message.idempotencyKey()
                    + " has no messageId or reply");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("messageId", "number".equals(text(payload, "idKind")) ? new BigDecimal(messageId) : messageId);
        values.put("reply", text(payload, "reply"));
        values.put("customerId", text(payload, "customerId"));
        values.put("conversationId", text(payload, "conversationId"));
        values.put("repliedAt", LocalDateTime.ofInstant(clock.instant(), legacy.settings().timeZone));
        return values;
    }

    private static String text(JsonObject payload, String name) {
        JsonElement value = payload.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
