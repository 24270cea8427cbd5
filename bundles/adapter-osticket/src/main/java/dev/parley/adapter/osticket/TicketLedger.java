package dev.parley.adapter.osticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.TicketRequest;

/**
 * The tickets this adapter asked osTicket for, in table {@code osticket_ticket} of the store's
 * database, keyed by Parley's request id: what makes {@code create} idempotent (osTicket cannot be
 * searched through its API) and what {@code find} answers from. A request is recorded as
 * {@link State#SENDING} before the call and as {@link State#CREATED} with the ticket number after
 * it; each change is one statement, and an attempt is taken over with a compare-and-set, so two
 * containers on one database never send the same request at the same time.
 */
final class TicketLedger {

    /** Where a request stands. */
    enum State {
        /** Being sent; the attempt started at {@link Entry#attemptedAt()}. */
        SENDING,
        /** osTicket confirmed it: the entry holds the ticket number. */
        CREATED,
        /** The last attempt failed before osTicket could open the ticket. */
        NOT_CREATED,
        /** The last attempt went out but got no answer: osTicket may hold the ticket. */
        UNKNOWN
    }

    /** One request. */
    record Entry(String requestId, State state, String ticketNumber, String subject, String queue, int attempts,
            Instant attemptedAt, Instant createdAt) {
    }

    static final String MODULE = "osticket";
    static final String SCRIPTS = "db/osticket";
    /** Longer request ids are kept as their SHA-256, so any id fits the key column. */
    static final int MAX_KEY = 200;

    private static final Logger LOG = LoggerFactory.getLogger(TicketLedger.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "SELECT request_id, state, ticket_number, subject, queue, attempts, "
            + "attempted_at, created_at FROM osticket_ticket ";

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    TicketLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Entry> byRequest(String requestId) {
        return query("looking a request up", "WHERE request_id = ?", key(requestId));
    }

    Optional<Entry> byNumber(String ticketNumber) {
        return query("looking a ticket up", "WHERE ticket_number = ? AND state = 'CREATED'", ticketNumber);
    }

    /** Records a first attempt; {@code false} if the request is recorded already. */
    boolean start(TicketRequest request, OptionalInt topicId, Instant now) {
        return run("recording a request", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO osticket_ticket (request_id, "
                    + "state, subject, queue, topic_id, priority, customer_id, conversation_id, attempts, attempted_at)"
                    + " VALUES (?, 'SENDING', ?, ?, ?, ?, ?, ?, 1, ?)")) {
                insert.setString(1, key(request.requestId()));
                insert.setString(2, request.subject());
                insert.setString(3, request.queue());
                if (topicId.isPresent()) {
                    insert.setInt(4, topicId.getAsInt());
                } else {
                    insert.setNull(4, Types.INTEGER);
                }
                insert.setString(5, request.priority().name());
                insert.setString(6, request.customerId());
                insert.setString(7, request.conversationId());
                insert.setObject(8, timestamp(now));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Takes over a request for another attempt, unless someone else changed it since it was read. */
    boolean retake(Entry seen, Instant now) {
        return run("recording a retry", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE osticket_ticket SET state = "
                    + "'SENDING', attempts = attempts + 1, attempted_at = ? WHERE request_id = ? AND state = ? "
                    + "AND attempts = ?")) {
                update.setObject(1, timestamp(now));
                update.setString(2, seen.requestId());
                update.setString(3, seen.state().name());
                update.setInt(4, seen.attempts());
                return update.executeUpdate() == 1;
            }
        });
    }

    void created(String requestId, String ticketNumber, Instant now) {
        run("recording a new ticket", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE osticket_ticket SET state = "
                    + "'CREATED', ticket_number = ?, created_at = ? WHERE request_id = ?")) {
                update.setString(1, ticketNumber);
                update.setObject(2, timestamp(now));
                update.setString(3, key(requestId));
                return update.executeUpdate();
            }
        });
    }

    void failed(String requestId, State state) {
        run("recording a failed request", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE osticket_ticket SET state = ? "
                    + "WHERE request_id = ? AND state = 'SENDING'")) {
                update.setString(1, state.name());
                update.setString(2, key(requestId));
                return update.executeUpdate();
            }
        });
    }

    private Optional<Entry> query(String operation, String where, String value) {
        return run(operation, connection -> {
            try (PreparedStatement query = connection.prepareStatement(COLUMNS + where)) {
                query.setString(1, value);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(entry(row)) : Optional.empty();
                }
            }
        });
    }

    private static Entry entry(ResultSet row) throws SQLException {
        OffsetDateTime created = row.getObject("created_at", OffsetDateTime.class);
        return new Entry(row.getString("request_id"), State.valueOf(row.getString("state")),
                row.getString("ticket_number"), row.getString("subject"), row.getString("queue"),
                row.getInt("attempts"), row.getObject("attempted_at", OffsetDateTime.class).toInstant(),
                created == null ? null : created.toInstant());
    }

    private <T> T run(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            LOG.warn("osTicket adapter: {} failed: SQL state {}", operation, e.getSQLState());
            LOG.debug("osTicket adapter: {} failed", operation, e);
            throw new HostUnavailableException("osTicket adapter: " + operation + " failed, its table in the "
                    + "store's database is unavailable; see /system/health", e);
        }
    }

    /** The request id as stored: itself, or its SHA-256 when it is too long for the key column. */
    static String key(String requestId) {
        if (requestId.length() <= MAX_KEY) {
            return requestId;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(requestId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
