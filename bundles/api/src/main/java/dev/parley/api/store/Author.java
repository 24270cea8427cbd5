package dev.parley.api.store;

import org.osgi.annotation.versioning.ProviderType;

/** Who wrote a stored message. */
@ProviderType
public enum Author {
    /** The customer. */
    CUSTOMER,
    /** Parley's assistant. */
    ASSISTANT,
    /** A human agent, through the host system. */
    AGENT
}
