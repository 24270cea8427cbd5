package dev.parley.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Conversations, their transcripts and the assistant's decisions.
 *
 * <p>Every method throws {@link StoreUnavailableException} when the database cannot be reached;
 * then nothing was changed.
 */
@ProviderType
public interface ConversationStore {

    /**
     * Starts a conversation, or returns the one the host already knows by {@code externalId}.
     *
     * @param channel where it takes place, e.g. {@code "web"}; not {@code null}
     * @param externalId the host's id of the conversation, or {@code null} to let Parley create
     *     a new one with a fresh id
     * @param customerId the host's customer id, or {@code null} for an anonymous sender
     * @param locale the conversation's language, or {@code null}
     * @return the conversation; a new one is owned by the assistant with the initial state
     */
    Conversation open(String channel, String externalId, String customerId, Locale locale);

    /**
     * Reads a conversation.
     *
     * @param conversationId Parley's id; not {@code null}
     * @return the conversation, or empty if there is none with this id
     */
    Optional<Conversation> find(String conversationId);

    /**
     * Reads a conversation by the host's id.
     *
     * @param channel the channel; not {@code null}
     * @param externalId the host's id; not {@code null}
     * @return the conversation, or empty
     */
    Optional<Conversation> findByExternalId(String channel, String externalId);

    /**
     * Finds a customer message handled before, so that a host's retry gets the stored reply
     * instead of a second handling.
     *
     * @param channel the channel; not {@code null}
     * @param messageId the customer message's id; not {@code null}
     * @return the stored turn, or empty if the message is new
     */
    Optional<Turn> findTurn(String channel, String messageId);

    /**
     * Saves one handled customer message, its reply and the conversation's new state in one
     * transaction.
     *
     * @param conversation the conversation as read before handling the message; its
     *     {@link Conversation#version()} must still be current; not {@code null}
     * @param turn the turn; not {@code null}
     * @return the conversation as saved, with a higher version
     * @throws StaleConversationException if the conversation changed since it was read
     * @throws DuplicateMessageException if the customer message's id was stored before in this
     *     channel
     */
    Conversation saveTurn(Conversation conversation, Turn turn);

    /**
     * Adds a message that is not a customer turn, e.g. a human agent's reply, and optionally
     * changes the owner (an agent replying takes the conversation over).
     *
     * @param conversationId the conversation; not {@code null}
     * @param message the message; not {@code null}
     * @param newOwner the owner afterwards, or {@code null} to keep it
     * @return the conversation as saved
     * @throws DuplicateMessageException if the message's id was stored before in this channel
     */
    Conversation appendMessage(String conversationId, StoredMessage message, Owner newOwner);

    /**
     * Changes who answers a conversation, e.g. hands it back to the assistant or resolves it.
     *
     * @param conversationId the conversation; not {@code null}
     * @param newOwner the new owner; not {@code null}
     * @return the conversation as saved, or empty if there is none with this id
     */
    Optional<Conversation> changeOwner(String conversationId, Owner newOwner);

    /**
     * The conversation's messages in order.
     *
     * @param conversationId the conversation; not {@code null}
     * @return the messages, oldest first; empty for an unknown conversation; unmodifiable
     */
    List<StoredMessage> transcript(String conversationId);

    /**
     * A customer's past conversations, for personalization.
     *
     * @param customerId the host's customer id; not {@code null}
     * @param before only conversations started before this instant; not {@code null}
     * @param limit the maximum number, {@code >= 1}
     * @return the conversations, newest first; unmodifiable
     */
    List<InteractionSummary> historyOf(String customerId, Instant before, int limit);

    /**
     * Erases everything stored about a customer (right to erasure): their conversations,
     * messages and decisions.
     *
     * @param customerId the host's customer id; not {@code null}
     * @return the number of conversations erased
     */
    int eraseCustomer(String customerId);
}
