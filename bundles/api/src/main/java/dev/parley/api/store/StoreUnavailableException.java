package dev.parley.api.store;

import dev.parley.api.ParleyException;

/**
 * The database cannot be reached or refused the operation; nothing was saved. Callers answer
 * HTTP 503 with {@code Retry-After} or let the host retry.
 */
public class StoreUnavailableException extends ParleyException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without customer data
     * @param cause the JDBC failure
     */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
