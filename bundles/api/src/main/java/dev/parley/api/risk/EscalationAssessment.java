package dev.parley.api.risk;

import java.util.List;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The escalation risk of a conversation.
 *
 * @param conversationId the conversation; not {@code null}
 * @param probability how likely a later turn hands the conversation to a person, 0..1
 * @param factors the factors that raised it most, strongest first
 * @param model the model it came from; not {@code null}
 */
@ProviderType
public record EscalationAssessment(String conversationId, double probability, List<RiskFactor> factors,
        RiskModelInfo model) {

    public EscalationAssessment {
        Objects.requireNonNull(conversationId, "conversationId");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be within 0..1, was " + probability);
        }
        factors = factors == null ? List.of() : List.copyOf(factors);
        Objects.requireNonNull(model, "model");
    }
}
