package dev.parley.api.skill;

import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.host.Customer;
import dev.parley.api.nlp.Understanding;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What Parley gives a {@link Skill} for one turn of a conversation. It holds no host services:
 * a skill reaches those through its own service references. Valid only during
 * {@link Skill#handle(SkillContext)}; its methods are cheap and return the same values on every
 * call.
 */
@ProviderType
public interface SkillContext {

    /**
     * The conversation this turn belongs to, also when the message started it.
     *
     * @return the conversation's id; not {@code null}
     */
    String conversationId();

    /**
     * The customer's message of this turn.
     *
     * @return the message; not {@code null}
     */
    IncomingMessage message();

    /**
     * What NLP found in {@link #message()}: intent, entities, sentiment.
     *
     * @return the understanding; not {@code null}
     */
    Understanding understanding();

    /**
     * The language to answer in: the message's locale, else the conversation's, else the
     * configured default.
     *
     * @return the locale; not {@code null}
     */
    Locale locale();

    /**
     * The host's customer record, when Parley could match the sender to exactly one customer.
     * Matching is not verification: see {@link #identityVerified()}.
     *
     * @return the customer, or empty for an anonymous or unmatched sender
     */
    Optional<Customer> customer();

    /**
     * Whether the sender is proven to be {@link #customer()}: the host authenticated them (e.g. a
     * logged-in chat or a signed webhook naming the customer) or they passed Parley's check in
     * this conversation. Until it is {@code true}, a skill neither shows that customer's personal
     * or order data nor changes anything on their behalf; it asks for verification or hands off.
     *
     * @return {@code true} if the identity is verified
     */
    boolean identityVerified();

    /**
     * The conversation's slots: facts collected in earlier turns (e.g. {@code orderNumber}),
     * shared by all skills of the conversation so that a customer is not asked twice. They are
     * stored with the conversation and may hold personal data. Change them through
     * {@link SkillResult#slotUpdates()}.
     *
     * @return the slots by name, unmodifiable; empty at the start of a conversation
     */
    Map<String, String> slots();
}
