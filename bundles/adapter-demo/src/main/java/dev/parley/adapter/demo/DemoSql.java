package dev.parley.adapter.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.HostUnavailableException;
import dev.parley.store.schema.Dialect;

/**
 * The demo CRM's access to its tables in the store's database: each operation on one pooled
 * connection, changes in one transaction, and a database failure reported the way a real host's
 * outage is, as {@link HostUnavailableException}.
 */
final class DemoSql {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSql.class);

    /** SQL state of a unique or primary key violation, in PostgreSQL and H2 alike. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;

    DemoSql(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    <T> T read(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw unavailable(operation, e);
        }
    }

    <T> T inTransaction(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable(operation, e);
        }
    }

    /** The next number of the ticket sequence, in the dialect's syntax. */
    long nextTicketNumber(Connection connection) throws SQLException {
        String sql = dialect == Dialect.POSTGRESQL ? "SELECT nextval('demo_ticket_number')"
                : "SELECT NEXT VALUE FOR demo_ticket_number";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    private static HostUnavailableException unavailable(String operation, SQLException e) {
        LOG.warn("Demo CRM: {} failed: SQL state {}", operation, e.getSQLState());
        LOG.debug("Demo CRM: {} failed", operation, e);
        return new HostUnavailableException("demo CRM: " + operation + " failed, its database (the conversation "
                + "store's) is unavailable; see /system/health", e);
    }
}
