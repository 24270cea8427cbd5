package dev.parley.adapter.osticket;

import dev.parley.api.ParleyException;

/**
 * A ticket that osTicket did not confirm: what to tell the caller, and whether osTicket may have
 * opened it anyway (the request went out but no answer came back), which decides whether a retry
 * can open a second ticket.
 */
final class OsTicketFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ParleyException reported;
    private final boolean maybeCreated;

    OsTicketFailure(ParleyException reported, boolean maybeCreated) {
        super(reported.getMessage(), reported, false, false);
        this.reported = reported;
        this.maybeCreated = maybeCreated;
    }

    /** The exception of the host SPI to throw to the caller. */
    ParleyException reported() {
        return reported;
    }

    /** Whether osTicket may hold the ticket although it was not confirmed. */
    boolean maybeCreated() {
        return maybeCreated;
    }
}
