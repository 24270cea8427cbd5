package dev.parley.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How urgently a person should pick up a handed-off conversation or a ticket, lowest first.
 * Shared by the handoff router and the ticket SPI so that one scale is used from the decision to
 * the host's ticket; adapters map it to the host's own priorities.
 */
@ProviderType
public enum Priority {
    /** Can wait for the regular queue order, e.g. feedback or a general question. */
    LOW,
    /** The default for a customer waiting for an answer. */
    NORMAL,
    /** Should be picked up before normal work, e.g. an upset customer or a high-tier customer. */
    HIGH,
    /** Needs a person now, e.g. a security or payment problem. */
    URGENT
}
