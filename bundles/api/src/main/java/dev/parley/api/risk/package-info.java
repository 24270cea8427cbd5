/**
 * Risk scores: how likely a live conversation is to end with a person or an angry customer
 * ({@link dev.parley.api.risk.EscalationRisk}), and how likely a customer is not to come back
 * ({@link dev.parley.api.risk.ChurnRisk}). Every assessment names the factors that raised it and
 * the model it came from, with that model's back-test figures.
 *
 * <p>Records check their contract when constructed: a missing mandatory value throws
 * {@link java.lang.NullPointerException} and a value outside its documented range
 * {@link java.lang.IllegalArgumentException}, each with a message naming the field; collections
 * are copied into unmodifiable ones, {@code null} becoming empty.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.risk;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
