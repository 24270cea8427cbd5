package dev.parley.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a module's numbered SQL scripts to a database and records each in
 * {@code parley_schema_version (module, version)}. Each script runs in a transaction of its own,
 * under a lock on the version table on PostgreSQL, so containers starting together on one
 * database apply every script exactly once.
 */
public final class SchemaMigrator {

    /** The table that records the applied scripts of every module. */
    public static final String VERSION_TABLE = "parley_schema_version";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Within one JVM (the only writer of an embedded H2 file), one migration at a time. */
    private static final Object JVM_LOCK = new Object();

    private final DataSource dataSource;
    private final Dialect dialect;

    /**
     * @param dataSource the database; not {@code null}
     * @param dialect its dialect; not {@code null}
     */
    public SchemaMigrator(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * Brings a module to the newest version of its scripts, as
     * {@link StoreDatabase#migrate(String, ClassLoader, String)} describes.
     *
     * @param module the module's name
     * @param scripts the class loader that finds the scripts
     * @param location the scripts' resource folder
     * @return the module's version afterwards
     * @throws SchemaException if a script fails or the database is newer than the scripts
     */
    public int migrate(String module, ClassLoader scripts, String location) {
        if (module == null || !MODULE_NAME.matcher(module).matches()) {
            throw new IllegalArgumentException("module name '" + module
                    + "' must be 1 to 64 letters, digits, '-' or '_'");
        }
        List<MigrationScript> available = MigrationScript.load(scripts, location + "/" + dialect.folder());
        if (available.isEmpty()) {
            throw new SchemaException("no migration scripts for module " + module + " at " + location + "/"
                    + dialect.folder() + "/V1.sql: the bundle does not support " + dialect, null);
        }
        synchronized (JVM_LOCK) {
            try (Connection connection = dataSource.getConnection()) {
                createVersionTable(connection);
                int version;
                while ((version = applyNext(connection, module, available)) > 0) {
                    LOG.info("Schema of {} migrated to version {}: {}", module, version,
                            available.get(version - 1).description());
                }
                return available.size();
            } catch (SQLException e) {
                throw new SchemaException("schema migration of module " + module + " failed (SQL state "
                        + e.getSQLState() + "): " + e.getMessage(), e);
            }
        }
    }

    /**
     * The module's current version in the database.
     *
     * @param connection a connection to the database
     * @param module the module
     * @return the highest applied version, 0 when none
     * @throws SQLException if the database cannot be read
     */
    public static int currentVersion(Connection connection, String module) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) FROM " + VERSION_TABLE + " WHERE module = ?")) {
            query.setString(1, module);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Applies the next script in a transaction of its own; returns its version, or 0 when current. */
    private int applyNext(Connection connection, String module, List<MigrationScript> available)
            throws SQLException {
        connection.setAutoCommit(false);
        int attempted = 0;
        try {
            lockVersionTable(connection);
            int current = currentVersion(connection, module);
            if (current > available.size()) {
                throw new SchemaException("the database holds schema version " + current + " of module " + module
                        + " but this bundle knows only up to version " + available.size()
                        + ": install the newer bundle that migrated it, or restore a backup", null);
            }
            if (current == available.size()) {
                connection.commit();
                return 0;
            }
            MigrationScript script = available.get(current);
            attempted = script.version();
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.statements()) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (module, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                record.setString(1, module);
                record.setInt(2, script.version());
                record.setString(3, script.description());
                record.setString(4, script.checksum());
                record.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                record.executeUpdate();
            }
            connection.commit();
            return script.version();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            if (e instanceof SQLException sql) {
                throw new SchemaException("migration script V" + attempted + " of module " + module + " failed (SQL state " + sql.getSQLState() + "): "
                        + sql.getMessage() + "; fix the script or the database, then restart the bundle", e);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void lockVersionTable(Connection connection) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE " + VERSION_TABLE + " IN SHARE ROW EXCLUSIVE MODE");
            }
        }
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " ("
                    + "module VARCHAR(64) NOT NULL, version INTEGER NOT NULL, description VARCHAR(255), "
                    + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "PRIMARY KEY (module, version))");
        } catch (SQLException e) {
            // Two containers creating it at the same moment: one wins, and the table is there.
            try (Statement probe = connection.createStatement()) {
                probe.executeQuery("SELECT COUNT(*) FROM " + VERSION_TABLE).close();
            } catch (SQLException stillMissing) {
                e.addSuppressed(stillMissing);
                throw e;
            }
        }
    }
}
