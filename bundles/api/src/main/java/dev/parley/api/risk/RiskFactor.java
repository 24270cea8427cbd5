package dev.parley.api.risk;

import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One reason an assessment is as high as it is.
 *
 * @param name what it is, readable by staff, e.g. {@code "angry or frustrated"}; not {@code null}
 * @param value the factor's value for this conversation or customer
 * @param contribution how much it raised the risk, in log-odds above an average case (positive)
 */
@ProviderType
public record RiskFactor(String name, double value, double contribution) {

    public RiskFactor {
        Objects.requireNonNull(name, "name");
    }
}
