package dev.parley.adapter.csv;

/** A row that cannot be imported; its message is the reason written to the reject file. */
final class RejectedRowException extends Exception {

    private static final long serialVersionUID = 1L;

    RejectedRowException(String reason) {
        super(reason, null, false, false);
    }
}
