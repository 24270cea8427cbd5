package dev.parley.adapter.csv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import dev.parley.store.schema.Dialect;

/**
 * The analytics table {@code csv_ticket} in the store's database: one row per ticket id, so a
 * ticket imported again (the same file dropped twice, or a newer export) replaces its row. Rows
 * are written in batches, one transaction each.
 */
final class TicketTable {

    static final String MODULE = "csv";
    static final String SCRIPTS = "db/csv";

    private static final List<String> COLUMNS = List.of("ticket_id", "source_file", "source_line", "customer_key",
            "product", "ticket_type", "created_at", "purchased_at", "status", "priority", "channel", "first_response_at",
            "resolved_at", "satisfaction", "intent", "intent_confidence", "sentiment_score", "sentiment", "emotion",
            "entity_types", "suggested_queue", "suggested_priority", "suggested_article", "article_score",
            "intent_model", "sentiment_model", "imported_at");

    /** A ticket with what Parley added, ready to be written. */
    record Row(String sourceFile, Ticket ticket, Enrichment enrichment) {
    }

    private final DataSource dataSource;
    private final String upsert;

    TicketTable(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.upsert = upsertStatement(dialect);
    }

    static String upsertStatement(Dialect dialect) {
        String columns = String.join(", ", COLUMNS);
        String parameters = String.join(", ", COLUMNS.stream().map(c -> "?").toList());
        if (dialect == Dialect.POSTGRESQL) {
            String updates = String.join(", ", COLUMNS.stream().skip(1).map(c -> c + " = EXCLUDED." + c).toList());
            return "INSERT INTO csv_ticket (" + columns + ") VALUES (" + parameters + ") ON CONFLICT (ticket_id) DO UPDATE SET "
                    + updates;
        }
        return "MERGE INTO csv_ticket (" + columns + ") KEY (ticket_id) VALUES (" + parameters + ")";
    }

    /** Writes the rows in one transaction: all of them, or none. */
    void upsert(List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                for (Row row : rows) {
                    bind(statement, row, now);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void bind(PreparedStatement statement, Row row, Instant now) throws SQLException {
        Ticket t = row.ticket();
        Enrichment e = row.enrichment();
        int i = 1;
        statement.setString(i++, t.id());
        statement.setString(i++, row.sourceFile());
        statement.setLong(i++, t.line());
        statement.setString(i++, t.customerKey());
        statement.setString(i++, emptyAsNull(t.product()));
        statement.setString(i++, emptyAsNull(t.type()));
        setInstant(statement, i++, t.created());
        setInstant(statement, i++, t.purchased());
        statement.setString(i++, emptyAsNull(t.status()));
        statement.setString(i++, emptyAsNull(t.priority()));
        statement.setString(i++, emptyAsNull(t.channel()));
        setInstant(statement, i++, t.firstResponse());
        setInstant(statement, i++, t.resolved());
        statement.setBigDecimal(i++, t.satisfaction());
        statement.setString(i++, e.intent());
        statement.setDouble(i++, e.intentConfidence());
        statement.setDouble(i++, e.sentimentScore());
        statement.setString(i++, e.sentimentLabel());
        statement.setString(i++, e.emotion());
        statement.setString(i++, e.entityTypes().isEmpty() ? null : String.join(" ", e.entityTypes()));
        statement.setString(i++, e.queue());
        statement.setString(i++, e.priority());
        statement.setString(i++, e.articleId());
        if (e.articleScore() == null) {
            statement.setNull(i++, Types.DOUBLE);
        } else {
            statement.setDouble(i++, e.articleScore());
        }
        statement.setString(i++, e.intentModel());
        statement.setString(i++, e.sentimentModel());
        setInstant(statement, i, now);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        }
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
