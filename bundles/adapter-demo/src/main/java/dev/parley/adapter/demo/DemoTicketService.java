package dev.parley.adapter.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.Gson;

import dev.parley.api.host.RecordNotFoundException;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;

/**
 * The demo helpdesk's tickets, numbered {@code T-000001} on. Opening is idempotent on the
 * request id: a retry, or two containers racing with the same request, get the one ticket.
 */
@Component(service = TicketService.class)
public final class DemoTicketService implements TicketService {

    private static final Gson GSON = new Gson();
    private static final String SELECT_TICKET = "SELECT id, subject, queue, status, created_at FROM demo_ticket ";

    private final DemoSql sql;

    @Activate
    public DemoTicketService(@Reference DemoCrm crm) {
        this(crm.sql());
    }

    DemoTicketService(DemoSql sql) {
        this.sql = sql;
    }

    @Override
    public Ticket create(TicketRequest request) {
        Objects.requireNonNull(request, "request");
        Optional<Ticket> earlier = findBy("request_id", request.requestId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return sql.inTransaction("opening a ticket", connection -> insert(connection, request));
        } catch (RequestTaken e) {
            return findBy("request_id", request.requestId()).orElseThrow();
        }
    }

    @Override
    public Optional<Ticket> find(String ticketId) {
        Objects.requireNonNull(ticketId, "ticketId");
        return findBy("id", ticketId);
    }

    @Override
    public void addComment(String ticketId, String body, boolean publicReply) {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(body, "body");
        sql.inTransaction("commenting a ticket", connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM demo_ticket WHERE id = ? FOR UPDATE")) {
                lock.setString(1, ticketId);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        throw new RecordNotFoundException("no ticket " + ticketId + " in the demo helpdesk");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO demo_ticket_comment "
                    + "(ticket_id, seq, body, public_reply, created_at) SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? "
                    + "FROM demo_ticket_comment WHERE ticket_id = ?")) {
                insert.setString(1, ticketId);
                insert.setString(2, body);
                insert.setBoolean(3, publicReply);
                insert.setObject(4, DemoRows.timestamp(Instant.now()));
                insert.setString(5, ticketId);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private Ticket insert(Connection connection, TicketRequest request) throws SQLException {
        String id = "T-%06d".formatted(sql.nextTicketNumber(connection));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO demo_ticket (id, request_id, subject, "
                + "description, queue, priority, status, customer_id, conversation_id, tags, transcript, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, request.requestId());
            insert.setString(3, request.subject());
            insert.setString(4, request.description());
            insert.setString(5, request.queue());
            insert.setString(6, request.priority().name());
            insert.setString(7, request.customerId());
            insert.setString(8, request.conversationId());
            insert.setString(9, GSON.toJson(request.tags()));
            insert.setString(10, request.transcript());
            insert.setObject(11, DemoRows.timestamp(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (DemoSql.isUniqueViolation(e)) {
                throw new RequestTaken();
            }
            throw e;
        }
        return new Ticket(id, request.subject(), request.queue(), "open", now, null);
    }

    private Optional<Ticket> findBy(String column, String value) {
        return sql.read("looking a ticket up", connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT_TICKET + "WHERE " + column + " = ?")) {
                query.setString(1, value);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new Ticket(row.getString("id"), row.getString("subject"),
                            row.getString("queue"), row.getString("status"),
                            row.getObject("created_at", OffsetDateTime.class).toInstant(), null)) : Optional.empty();
                }
            }
        });
    }

    /** A concurrent create with the same request id won. */
    private static final class RequestTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RequestTaken() {
            super(null, null, false, false);
        }
    }
}
