package dev.parley.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** The analytics table on real H2 and PostgreSQL: batches upsert by ticket id. */
@ParameterizedClass
@EnumSource(Backend.class)
class TicketTableTest {

    private final Backend backend;
    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    private TicketTable table;

    TicketTableTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        assertThat(pool.migrate(TicketTable.MODULE, TicketTable.class.getClassLoader(), TicketTable.SCRIPTS)).isEqualTo(1);
        table = new TicketTable(pool.dataSource(), pool.dialect());
    }

    @AfterEach
    void close() throws SQLException {
        pool.close();
        database.close();
    }

    @Test
    void aBatchUpsertsByTicketIdAlsoWithinOneBatch() throws SQLException {
        List<TicketTable.Row> batch = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            batch.add(row("first.csv", "T-" + i, "Open", "order_status"));
        }
        table.upsert(batch);

        table.upsert(List.of(row("second.csv", "T-7", "Closed", "refund_request"), row("second.csv", "T-251", "Open", "greeting"),
                row("second.csv", "T-251", "Closed", "greeting")));

        assertThat(CsvFileImporterTest.query(pool, "SELECT COUNT(*) FROM csv_ticket")).containsExactly("251");
        assertThat(CsvFileImporterTest.query(pool, "SELECT ticket_id, source_file, status, intent, satisfaction "
                + "FROM csv_ticket WHERE ticket_id IN ('T-7', 'T-8', 'T-251') ORDER BY ticket_id")).containsExactly(
                "T-251|second.csv|Closed|greeting|4.50", "T-7|second.csv|Closed|refund_request|4.50",
                "T-8|first.csv|Open|order_status|4.50");
    }

    private static TicketTable.Row row(String file, String id, String status, String intent) {
        Ticket ticket = new Ticket(2, id, "Subject", "Text", CustomerKey.of("a@example.com"), "P", "T",
                Instant.parse("2024-01-02T03:04:05Z"), null, status, "Low", "Email", null, null, new BigDecimal("4.5"));
        Enrichment enrichment = new Enrichment(intent, 0.9, -0.2, "NEUTRAL", "NEUTRAL", List.of(), "general", "NORMAL",
                null, null, null, "intent-1", "sentiment-1");
        return new TicketTable.Row(file, ticket, enrichment);
    }
}
