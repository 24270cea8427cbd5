package dev.parley.api.host;

import dev.parley.api.ParleyException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The host system could not be reached or did not answer in time (connection refused, timeout,
 * HTTP 5xx, rate limit). Nothing was changed as far as the adapter knows; the caller may retry
 * later. Adapters throw it with a message naming the host and what to check, e.g. "Zendesk
 * https://shop.zendesk.com timed out after 5 s; check network and credentials".
 */
@ProviderType
public class HostUnavailableException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which host failed and what to check; no customer data
     */
    public HostUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message which host failed and what to check; no customer data
     * @param cause the underlying failure, e.g. an {@link java.io.IOException}
     */
    public HostUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
