package dev.parley.api.host;

import dev.parley.api.ParleyException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The host understood a change but refused it because of the record's state or its own rules:
 * an order that has already shipped cannot be cancelled, an e-mail address belongs to another
 * customer, an address is outside the delivery area. Nothing was changed. A skill typically tells
 * the customer and offers an alternative or a person; retrying unchanged does not help.
 */
@ProviderType
public class ChangeRejectedException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the host refused, e.g. "order A-10042 is SHIPPED and can no longer be
     *     cancelled"; no customer personal data
     */
    public ChangeRejectedException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message why the host refused; no customer personal data
     * @param cause the host's error, if it helps diagnosis
     */
    public ChangeRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
