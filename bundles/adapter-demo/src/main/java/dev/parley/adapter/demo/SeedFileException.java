package dev.parley.adapter.demo;

/** {@code etc/demo-crm.json} cannot be used; the message names the problem and where it is. */
final class SeedFileException extends Exception {

    private static final long serialVersionUID = 1L;

    SeedFileException(String message) {
        super(message);
    }
}
