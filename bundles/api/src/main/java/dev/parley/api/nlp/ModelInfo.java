package dev.parley.api.nlp;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which model answers an NLP service on this node, for health reports, audit records and the
 * shell.
 *
 * @param name the model's name, e.g. the symbolic name of its model bundle
 *     {@code "dev.parley.model.intent"}; not {@code null}
 * @param version the model's version, e.g. {@code "2.1.0"}; not {@code null}
 * @param kind what the model does, e.g. {@link #KIND_INTENT} or {@link #KIND_SENTIMENT}; not
 *     {@code null}
 * @param language the BCP 47 language tag of the texts it was trained on, e.g. {@code "en"}, or
 *     {@code "mul"} for a multilingual model; not {@code null}
 * @param activatedAt when this model went live on this node; not {@code null}
 * @param metrics quality measured when the model was activated, by name, e.g.
 *     {@code "accuracy"} or {@code "oos_recall"} on its golden set (fractions in [0, 1]);
 *     {@code null} is taken as empty; the map is an unmodifiable copy
 */
@ProviderType
public record ModelInfo(
        String name,
        String version,
        String kind,
        String language,
        Instant activatedAt,
        Map<String, Double> metrics) {

    /** The {@code kind} of an intent classification model. */
    public static final String KIND_INTENT = "intent";

    /** The {@code kind} of a sentiment and emotion model. */
    public static final String KIND_SENTIMENT = "sentiment";

    public ModelInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(activatedAt, "activatedAt");
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }
}
