/**
 * The host-system SPIs: what Parley needs from the CRM, shop or helpdesk a business already runs.
 * Adapter bundles implement them ({@code @ConsumerType}) and register them as services; skills
 * use them through their own service references.
 *
 * <p>Every implementation is thread-safe and called while a customer waits, so it answers or
 * fails within its configured timeout. Failures are reported with the exceptions of this package:
 * {@link dev.parley.api.host.HostUnavailableException} when the host cannot be reached (retry
 * later), {@link dev.parley.api.host.RecordNotFoundException} when a changed record does not exist,
 * {@link dev.parley.api.host.ChangeRejectedException} when the host refuses a change, and
 * {@link java.lang.UnsupportedOperationException} when the host cannot make that kind of change at
 * all. Lookups return an empty {@link java.util.Optional} rather than throwing for an unknown id.
 *
 * <p>The records carry personal data; their {@code toString()} is for DEBUG logging only.
 *
 * <p>Records check their contract when constructed: a missing mandatory value throws
 * {@link java.lang.NullPointerException} and a value outside its documented range
 * {@link java.lang.IllegalArgumentException}, each with a message naming the field; collections
 * are copied into unmodifiable ones, {@code null} becoming empty.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.host;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
