package dev.parley.adapter.csv;

/**
 * A ticket export that cannot be imported at all (no header, no ticket id column, not in the
 * configured charset ...). The file goes to {@code failed/} with this message as its reason.
 */
final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message) {
        super(message);
    }

    UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
