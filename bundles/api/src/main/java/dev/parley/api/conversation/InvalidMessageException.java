package dev.parley.api.conversation;

import dev.parley.api.ParleyException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The {@link Assistant} refuses a message as it is: the host's fault, not Parley's, so adapters
 * answer it with a client error (HTTP 4xx) and the host should not retry it unchanged.
 */
@ProviderType
public class InvalidMessageException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and how to fix it, e.g. "text has 12000 chars; the maximum is
     *     4000 (parley.assistant max.text.length)"; no customer text
     */
    public InvalidMessageException(String message) {
        super(message);
    }
}
