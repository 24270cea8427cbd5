package dev.parley.api.recommend;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Recommends items (products, articles, services) from what customers bought or viewed.
 * Implementations are thread-safe.
 */
@ProviderType
public interface Recommender {

    /**
     * Recommends items to one customer. A customer with no history (or unknown to the recommender)
     * gets cold-start recommendations such as popular items, not an error.
     *
     * @param customerId the host's customer id; not {@code null}
     * @param limit the maximum number of items, {@code >= 1}
     * @return at most {@code limit} recommendations, best first, without items the customer
     *     already has where that is known; possibly empty; unmodifiable
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    List<Recommendation> forCustomer(String customerId, int limit);

    /**
     * Recommends items that go with or resemble one item ("customers who bought X also bought").
     *
     * @param itemId the item's id, e.g. a SKU; not {@code null}
     * @param limit the maximum number of items, {@code >= 1}
     * @return at most {@code limit} recommendations, best first, never {@code itemId} itself;
     *     empty for an unknown item; unmodifiable
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    List<Recommendation> relatedTo(String itemId, int limit);
}
