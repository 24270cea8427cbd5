package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.adapter.jdbc.LegacySchema.Backend;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.OrderStatus;

/**
 * The lookups with an account that may only read, as many legacy databases hand out: a
 * PostgreSQL role with {@code SELECT} on the schema, a MariaDB user with {@code SELECT} on the
 * database. A change is refused by the database and reported as such, nothing changed.
 */
class ReadOnlyAccountTest {

    @TempDir
    Path folder;

    private LegacySchema schema;
    private LegacyDatabase database;
    private String role;

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
        if (role != null) {
            LegacySchema.admin(schema.backend, schema.backend == Backend.POSTGRESQL
                    ? new String[] {"DROP OWNED BY " + role, "DROP ROLE " + role}
                    : new String[] {"DROP USER '" + role + "'@'%'"});
        }
        if (schema != null) {
            schema.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"POSTGRESQL", "MARIADB"})
    void lookupsWorkAndChangesAreRefusedByTheDatabase(Backend backend) throws Exception {
        schema = LegacySchema.create(backend, folder);
        String candidate = "parley_ro_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        if (backend == Backend.POSTGRESQL) {
            LegacySchema.admin(backend, "CREATE ROLE " + candidate + " LOGIN PASSWORD 'ro-secret'",
                    "GRANT USAGE ON SCHEMA " + schema.name() + " TO " + candidate,
                    "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema.name() + " TO " + candidate);
        } else {
            LegacySchema.admin(backend, "CREATE USER '" + candidate + "'@'%' IDENTIFIED BY 'ro-secret'",
                    "GRANT SELECT ON " + schema.name() + ".* TO '" + candidate + "'@'%'");
        }
        role = candidate;
        Map<String, Object> values = schema.configuration();
        values.put("user", role);
        values.put("password", "ro-secret");
        database = new LegacyDatabase(schema.factory(), Settings.of(TestConfig.of(values)));
        LegacyOrderService orders = new LegacyOrderService(database);

        assertThat(new LegacyCustomerDirectory(database).findByEmail("ada@example.com")).isPresent();
        assertThat(orders.findOrder("A-100235").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        try (Connection connection = database.connection()) {
            StatementCheck.Findings findings = StatementCheck.check(connection, database.settings());
            assertThat(findings.invalid()).isEmpty();
            if (backend == Backend.MARIADB) { // checks rights when preparing; PostgreSQL only when running
                assertThat(findings.denied()).hasSize(2).allSatisfy(d -> assertThat(d).contains("may not run with this account"));
            }
        }
        assertThatThrownBy(() -> orders.cancel("A-100235", "changed my mind")).isInstanceOf(ChangeRejectedException.class)
                .hasMessageContaining("refused");
        assertThat(orders.findOrder("A-100235").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }
}
