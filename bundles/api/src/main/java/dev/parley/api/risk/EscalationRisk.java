package dev.parley.api.risk;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How likely a live conversation is to be handed to a person later on, from what was said so far.
 *
 * <p>Every method throws {@link dev.parley.api.store.StoreUnavailableException} when the
 * conversation store cannot be reached.
 */
@ProviderType
public interface EscalationRisk {

    /**
     * The risk of a conversation from its stored turns.
     *
     * @param conversationId the conversation; not {@code null}
     * @return the assessment, or empty if there is no such conversation
     */
    Optional<EscalationAssessment> forConversation(String conversationId);

    /**
     * The risk of a conversation from its stored turns and the customer's message being handled
     * right now, which is not stored yet.
     *
     * @param conversationId the conversation; not {@code null}
     * @param current the message being handled; not {@code null}
     * @return the assessment, or empty if there is no such conversation
     */
    Optional<EscalationAssessment> forConversation(String conversationId, MessageSignals current);
}
