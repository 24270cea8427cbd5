package dev.parley.store.schema;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The database of Parley's store, registered as a service once it is reachable and Parley's own
 * schema is current. Bundles that keep tables of their own in it reference this service, apply
 * their migrations with {@link #migrate(String, ClassLoader, String)} and then use
 * {@link #dataSource()}.
 */
@ProviderType
public interface StoreDatabase {

    /**
     * The pooled data source; connections fail within the configured connection timeout when the
     * database cannot be reached.
     *
     * @return the data source; close every connection taken from it
     */
    DataSource dataSource();

    /**
     * The database's dialect, which names the folder of a module's scripts.
     *
     * @return the dialect
     */
    Dialect dialect();

    /**
     * Brings a module's tables to the newest version its scripts describe.
     *
     * @param module the module's name, e.g. {@code "demo"}; letters, digits, {@code -} and
     *     {@code _}; not {@code null}
     * @param scripts the class loader that finds the scripts, usually the calling bundle's
     * @param location the resource folder of the scripts, e.g. {@code "db/demo"}; the scripts are
     *     {@code <location>/<dialect>/V1.sql}, {@code V2.sql} ...
     * @return the module's schema version afterwards
     * @throws SchemaException if a script fails (nothing of it stays applied where the database
     *     supports transactional DDL) or the database is newer than the scripts
     */
    int migrate(String module, ClassLoader scripts, String location);
}
