package dev.parley.store.schema;

/** A module's schema cannot be brought to its current version; the message says what to do. */
public class SchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and what to do; no customer data
     * @param cause the failure, or {@code null}
     */
    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
