package dev.parley.recommend;

/** A transactions file that cannot be read at all, e.g. one without the required columns. */
public final class InvalidTransactionsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTransactionsException(String message) {
        super(message);
    }
}
