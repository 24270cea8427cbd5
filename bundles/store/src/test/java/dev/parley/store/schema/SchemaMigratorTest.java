package dev.parley.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** Migrations of several modules against real H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Backend.class)
class SchemaMigratorTest {

    private static final ClassLoader SCRIPTS = SchemaMigratorTest.class.getClassLoader();

    private final Backend backend;
    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;

    SchemaMigratorTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
    }

    @AfterEach
    void close() throws Exception {
        pool.close();
        database.close();
    }

    @Test
    void appliesEachScriptOnceInOrderAndAgainNothing() throws SQLException {
        assertThat(pool.migrate("widget", SCRIPTS, "db/widget")).isEqualTo(2);
        assertThat(pool.migrate("widget", SCRIPTS, "db/widget")).isEqualTo(2);
        pool.close();
        pool = database.open();
        assertThat(pool.migrate("widget", SCRIPTS, "db/widget")).isEqualTo(2);

        assertThat(count("SELECT COUNT(*) FROM widget")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM widget WHERE colour IS NULL AND name = 'first; with a semicolon'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM parley_schema_version WHERE module = 'widget'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM parley_schema_version WHERE module = 'widget' AND version = 2 "
                + "AND description = 'widget colour'")).isEqualTo(1);
    }

    @Test
    void modulesAreTrackedSeparately() throws SQLException {
        pool.migrate("widget", SCRIPTS, "db/widget");
        pool.migrate("parley", SCRIPTS, "db/parley");

        try (Connection connection = pool.dataSource().getConnection()) {
            assertThat(SchemaMigrator.currentVersion(connection, "widget")).isEqualTo(2);
            assertThat(SchemaMigrator.currentVersion(connection, "parley")).isEqualTo(2);
            assertThat(SchemaMigrator.currentVersion(connection, "other")).isZero();
        }
    }

    @Test
    void refusesADatabaseNewerThanTheScripts() throws SQLException {
        pool.migrate("widget", SCRIPTS, "db/widget");
        execute("INSERT INTO parley_schema_version (module, version, description, checksum, applied_at) "
                + "VALUES ('widget', 3, 'from a newer bundle', 'x', CURRENT_TIMESTAMP)");

        assertThatThrownBy(() -> pool.migrate("widget", SCRIPTS, "db/widget")).isInstanceOf(SchemaException.class)
                .hasMessageContaining("schema version 3 of module widget")
                .hasMessageContaining("only up to version 2");
    }

    @Test
    void aFailingScriptIsReportedAndNotRecorded() throws SQLException {
        assertThatThrownBy(() -> pool.migrate("broken", SCRIPTS, "db/broken")).isInstanceOf(SchemaException.class)
                .hasMessageContaining("migration script V2 of module broken failed");

        try (Connection connection = pool.dataSource().getConnection()) {
            assertThat(SchemaMigrator.currentVersion(connection, "broken")).isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM gadget")).isZero();
    }

    @Test
    void rejectsModuleNamesThatAreNotPlain() {
        assertThatThrownBy(() -> pool.migrate("demo'; DROP TABLE x", SCRIPTS, "db/widget"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.migrate("missing", SCRIPTS, "db/missing")).isInstanceOf(SchemaException.class)
                .hasMessageContaining("no migration scripts for module missing");
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = pool.dataSource().getConnection();
                Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = pool.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
