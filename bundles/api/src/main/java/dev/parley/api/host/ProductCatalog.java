package dev.parley.api.host;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's product catalogue, implemented by an adapter. Optional: without one, Parley answers
 * availability questions from the knowledge base or hands them to a person.
 *
 * <p>Methods throw {@link HostUnavailableException} when the host system cannot be reached.
 */
@ConsumerType
public interface ProductCatalog {

    /**
     * Finds a product by its code.
     *
     * @param sku the product code; not {@code null}
     * @return the product, or empty if there is none with this code
     */
    Optional<Product> findBySku(String sku);

    /**
     * Finds products whose name matches words of a question, e.g. "the blue rain jacket".
     *
     * @param query words from the customer's message; not {@code null}
     * @param limit the maximum number of products, {@code >= 1}
     * @return the best matches first; empty if none; unmodifiable
     */
    List<Product> search(String query, int limit);
}
