package dev.parley.api.nlp;

import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What an {@link IntentClassifier} found for one message.
 *
 * <p>When the message fits no known intent, {@code intent} is {@link #OUT_OF_SCOPE} and
 * {@code outOfScope} is {@code true}; the two always agree, which the constructor checks.
 *
 * @param intent the top intent, e.g. {@code "order_status"}, or {@link #OUT_OF_SCOPE}; not
 *     {@code null}
 * @param confidence confidence in {@code intent}, in [0, 1]; when out of scope, the confidence
 *     that the message is out of scope
 * @param alternatives in-scope candidate intents ranked best first; when in scope the first one is
 *     {@code intent} itself; never contains {@link #OUT_OF_SCOPE}; {@code null} is taken as empty;
 *     the list is an unmodifiable copy
 * @param outOfScope {@code true} exactly when {@code intent} is {@link #OUT_OF_SCOPE}
 * @param modelVersion the version of the model that made this prediction (see
 *     {@link ModelInfo#version()}); not {@code null}
 */
@ProviderType
public record IntentPrediction(
        String intent,
        double confidence,
        List<ScoredIntent> alternatives,
        boolean outOfScope,
        String modelVersion) {

    /** The intent name of a message that fits none of the intents the model knows. */
    public static final String OUT_OF_SCOPE = "oos";

    public IntentPrediction {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Ranges.requireInRange(confidence, 0.0, 1.0, "confidence");
        if (outOfScope != OUT_OF_SCOPE.equals(intent)) {
            throw new IllegalArgumentException("outOfScope must be true exactly when intent is \""
                    + OUT_OF_SCOPE + "\" but was " + outOfScope + " for intent \"" + intent + "\"");
        }
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
