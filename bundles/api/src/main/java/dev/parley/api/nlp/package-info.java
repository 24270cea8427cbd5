/**
 * Natural-language understanding of one customer message: intent classification (with
 * out-of-scope detection), entity extraction, and sentiment and emotion.
 *
 * <p>The services here are provided by Parley's NLP bundle and backed by model bundles that can be
 * swapped while the container runs; results therefore name the model version that produced them.
 * The records are immutable values; their {@code toString()} may contain customer text, so log
 * them at DEBUG only.
 *
 * <p>Records check their contract when constructed: a missing mandatory value throws
 * {@link java.lang.NullPointerException} and a value outside its documented range
 * {@link java.lang.IllegalArgumentException}, each with a message naming the field; collections
 * are copied into unmodifiable ones, {@code null} becoming empty.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.nlp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
