package dev.parley.api.risk;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How likely a customer is not to come back (no purchase and no conversation) within a horizon,
 * from their interactions with the service and, where the host lists them, their purchases.
 *
 * <p>Every method throws {@link dev.parley.api.store.StoreUnavailableException} when the
 * conversation store cannot be reached.
 */
@ProviderType
public interface ChurnRisk {

    /**
     * The churn risk of a customer as of now.
     *
     * @param customerId the host's customer id; not {@code null}
     * @return the assessment, or empty if the customer has neither a conversation nor a purchase
     */
    Optional<ChurnAssessment> forCustomer(String customerId);
}
