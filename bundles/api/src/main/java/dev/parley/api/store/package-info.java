/**
 * Parley's own persistence: conversations, their messages and the assistant's decisions, the
 * customers' interaction history, and the tickets handoffs opened. Implemented by the store
 * bundle over JDBC; used by the assistant, the adapters and analytics.
 *
 * <p>Conversation state lives here rather than in memory, so a restarted container, or a second
 * container on the same database, continues a conversation where it stopped.
 *
 * <p>Records check their contract when constructed: a missing mandatory value throws
 * {@link java.lang.NullPointerException} with a message naming the field; collections are copied
 * into unmodifiable ones, {@code null} becoming empty.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
