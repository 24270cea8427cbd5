package dev.parley.launcher;

/**
 * A reason not to start, phrased for the admin: what is wrong and what to do. The launcher prints
 * it and exits with {@link #exitCode()} instead of showing a stack trace.
 */
final class LaunchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Wrong command line: the same code as most Unix tools use for usage errors. */
    static final int USAGE = 2;
    /** The environment does not allow a start (port taken, data/ read-only, ...). */
    static final int ENVIRONMENT = 1;

    private final int exitCode;

    LaunchException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    LaunchException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
