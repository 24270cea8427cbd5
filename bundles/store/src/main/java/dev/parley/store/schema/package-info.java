/**
 * The store's database for other bundles: the pooled {@link javax.sql.DataSource} Parley's store
 * uses, its dialect, and versioned schema migrations that a bundle (e.g. a CRM adapter keeping
 * tables of its own) applies to it, tracked per module in the {@code parley_schema_version} table.
 *
 * <p>A module's scripts are resources {@code <location>/<dialect>/V<n>.sql}, numbered from 1
 * without gaps; each is applied once, in order, in a transaction of its own. A database that
 * already holds a higher version of a module than the bundle knows is refused, so an older bundle
 * never runs against a newer schema.
 */
@Version("1.0.0")
@Export
package dev.parley.store.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
