package dev.parley.store.jdbc;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import dev.parley.api.store.StoreUnavailableException;

/**
 * Reads JDBC failures portably by SQL state, and turns them into the store's exceptions without
 * SQL text or customer data in the message (the driver's message can hold both; it stays in the
 * cause, which is logged at DEBUG only).
 */
final class SqlFailures {

    /** SQL state of a unique or primary key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlFailures() {
    }

    static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Connection refused, timed out, broken, or the pool had no connection within its timeout. */
    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException || state == null || state.startsWith("08")
                || state.startsWith("57P") || state.equals("90067") /* H2: connection broken */;
    }

    static StoreUnavailableException unavailable(String operation, SQLException e) {
        String what = isConnectionFailure(e)
                ? "the database cannot be reached"
                : "the database refused the operation (SQL state " + e.getSQLState() + ")";
        return new StoreUnavailableException("conversation store: " + operation + " failed: " + what
                + "; see /system/health and etc/dev.parley.store.cfg", e);
    }

    /** A reason for health and log that helps an admin and holds no customer data. */
    static String reason(SQLException e) {
        if (isConnectionFailure(e)) {
            // The pool's timeout wraps the driver's failure, which names the host and what to check.
            Throwable telling = e;
            for (Throwable cause = e.getCause(); cause != null && cause != telling; cause = cause.getCause()) {
                if (cause instanceof SQLException || telling == e) {
                    telling = cause;
                }
            }
            return "database unreachable: " + telling.getMessage();
        }
        return "database error, SQL state " + e.getSQLState() + " (code " + e.getErrorCode() + ")";
    }
}
