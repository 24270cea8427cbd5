package dev.parley.api.nlp;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One candidate intent with the classifier's confidence in it.
 *
 * @param intent the intent name, e.g. {@code "cancel_order"}; not {@code null}
 * @param confidence the classifier's confidence, in [0, 1]
 */
@ProviderType
public record ScoredIntent(String intent, double confidence) {

    public ScoredIntent {
        Objects.requireNonNull(intent, "intent");
        Ranges.requireInRange(confidence, 0.0, 1.0, "confidence");
    }
}
