package dev.parley.api.risk;

import java.util.List;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The churn risk of a customer.
 *
 * @param customerId the customer; not {@code null}
 * @param probability how likely the customer neither buys nor talks to the service within the
 *     horizon, 0..1
 * @param horizonDays the horizon, in days
 * @param factors the factors that raised it most, strongest first
 * @param model the model it came from; not {@code null}
 */
@ProviderType
public record ChurnAssessment(String customerId, double probability, int horizonDays, List<RiskFactor> factors,
        RiskModelInfo model) {

    public ChurnAssessment {
        Objects.requireNonNull(customerId, "customerId");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be within 0..1, was " + probability);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be at least 1, was " + horizonDays);
        }
        factors = factors == null ? List.of() : List.copyOf(factors);
        Objects.requireNonNull(model, "model");
    }
}
