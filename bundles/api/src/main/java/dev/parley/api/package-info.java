/**
 * Parley's root API package: types shared by every area.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
