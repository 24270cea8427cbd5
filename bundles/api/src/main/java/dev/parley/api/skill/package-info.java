/**
 * Skills: the whiteboard through which Parley's own bundles and third parties add what the
 * assistant can do for an intent (tell an order's status, cancel it, change an address ...).
 * A skill is a {@link dev.parley.api.skill.Skill} service; Parley calls it with a
 * {@link dev.parley.api.skill.SkillContext} and sends the customer what its
 * {@link dev.parley.api.skill.SkillResult} says.
 *
 * <p>Records check their contract when constructed: a missing mandatory value throws
 * {@link java.lang.NullPointerException} and a value outside its documented range
 * {@link java.lang.IllegalArgumentException}, each with a message naming the field; collections
 * are copied into unmodifiable ones, {@code null} becoming empty.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.skill;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
