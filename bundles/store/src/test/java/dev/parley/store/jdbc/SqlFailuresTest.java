package dev.parley.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void aPoolTimeoutIsReportedWithTheDriversReason() {
        SQLException driver = new SQLException("Connection to db:5432 refused. Check that the hostname and port are correct",
                "08001", new ConnectException("Connection refused"));
        SQLTransientConnectionException pool = new SQLTransientConnectionException(
                "parley-store - Connection is not available, request timed out after 2000ms", "08001", driver);

        assertThat(SqlFailures.reason(pool)).isEqualTo(
                "database unreachable: Connection to db:5432 refused. Check that the hostname and port are correct");
        assertThat(SqlFailures.unavailable("saving a turn", pool).getMessage())
                .isEqualTo("conversation store: saving a turn failed: the database cannot be reached; "
                        + "see /system/health and etc/dev.parley.store.cfg");
    }

    @Test
    void otherErrorsAreReportedBySqlStateOnly() {
        SQLException refused = new SQLException("value too long for \"Ada Lovelace's secret\"", "22001", 0);

        assertThat(SqlFailures.reason(refused)).isEqualTo("database error, SQL state 22001 (code 0)");
        assertThat(SqlFailures.unavailable("saving a turn", refused).getMessage()).doesNotContain("Ada")
                .contains("refused the operation (SQL state 22001)");
        assertThat(SqlFailures.isUniqueViolation(new SQLException("dup", "23505"))).isTrue();
    }
}
