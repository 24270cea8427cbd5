package dev.parley.api.store;

import org.osgi.annotation.versioning.ProviderType;

/** Who answers a conversation. A conversation has exactly one owner at a time. */
@ProviderType
public enum Owner {
    /** Parley answers the customer's messages. */
    ASSISTANT,
    /**
     * A person took over, after a handoff or because an agent replied; Parley stays silent until
     * the conversation is handed back or resolved.
     */
    HUMAN,
    /** The conversation is closed; a new customer message reopens it for the assistant. */
    RESOLVED
}
