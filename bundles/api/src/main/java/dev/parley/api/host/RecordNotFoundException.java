package dev.parley.api.host;

import dev.parley.api.ParleyException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A change was asked for a record (customer, order, ticket) that the host does not have. Lookups
 * never throw it; they return an empty {@link java.util.Optional} instead.
 */
@ProviderType
public class RecordNotFoundException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which kind of record was not found, e.g. "no order A-10042 in Shopware";
     *     no customer personal data
     */
    public RecordNotFoundException(String message) {
        super(message);
    }
}
