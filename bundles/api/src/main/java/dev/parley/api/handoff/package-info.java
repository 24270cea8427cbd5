/**
 * Handing a conversation over to a person: which queue, how urgent, and when the customer can
 * expect an answer given the business hours.
 *
 * <p>Records check their contract when constructed: a missing mandatory value throws
 * {@link java.lang.NullPointerException} and a value outside its documented range
 * {@link java.lang.IllegalArgumentException}, each with a message naming the field; collections
 * are copied into unmodifiable ones, {@code null} becoming empty.
 */
@Version("1.1.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.handoff;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
