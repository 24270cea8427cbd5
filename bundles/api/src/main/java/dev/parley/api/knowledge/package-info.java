/**
 * The business's knowledge base (FAQ, help articles): search by a customer's question and read
 * whole articles. The assistant answers from it when no skill handles the intent.
 *
 * <p>Records check their contract when constructed: a missing mandatory value throws
 * {@link java.lang.NullPointerException} and a value outside its documented range
 * {@link java.lang.IllegalArgumentException}, each with a message naming the field; collections
 * are copied into unmodifiable ones, {@code null} becoming empty.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.knowledge;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
