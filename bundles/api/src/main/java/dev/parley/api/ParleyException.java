package dev.parley.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Base type of the failures Parley's services report to their callers. The message says what
 * went wrong and what to do about it, and never carries customer text.
 */
@ProviderType
public class ParleyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and what to do about it; no customer text
     */
    public ParleyException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what went wrong and what to do about it; no customer text
     * @param cause the underlying failure
     */
    public ParleyException(String message, Throwable cause) {
        super(message, cause);
    }
}
