/**
 * The assistant: one customer message in, one reply out. Adapters map their host's messages to
 * {@link dev.parley.api.conversation.IncomingMessage} and the
 * {@link dev.parley.api.conversation.Reply} back to the host's format.
 *
 * <p>Messages carry customer text and personal data: log them, or their {@code toString()}, at
 * DEBUG only.
 *
 * <p>Records check their contract when constructed: a missing mandatory value throws
 * {@link java.lang.NullPointerException} and a value outside its documented range
 * {@link java.lang.IllegalArgumentException}, each with a message naming the field; collections
 * are copied into unmodifiable ones, {@code null} becoming empty.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.conversation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
