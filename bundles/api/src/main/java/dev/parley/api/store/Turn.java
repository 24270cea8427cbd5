package dev.parley.api.store;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One handled customer message: the message, the assistant's reply with its decision, and the
 * conversation's state afterwards. The store saves a turn in one transaction.
 *
 * @param customerMessage the customer's message; its author is {@link Author#CUSTOMER}
 * @param reply the assistant's answer with its {@link StoredMessage#decision()}; {@code null}
 *     when the assistant stays silent because a person owns the conversation
 * @param stateAfter the conversation's state after the turn; not {@code null}
 */
@ProviderType
public record Turn(StoredMessage customerMessage, StoredMessage reply, ConversationState stateAfter) {

    public Turn {
        Objects.requireNonNull(customerMessage, "customerMessage");
        Objects.requireNonNull(stateAfter, "stateAfter");
    }
}
