package dev.parley.api.store;

import java.util.Map;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the assistant remembers between the turns of one conversation.
 *
 * @param owner who answers the conversation now; not {@code null}
 * @param slots facts collected in earlier turns (e.g. {@code orderNumber}), shared by all skills;
 *     may hold personal data
 * @param pendingSkill the skill that asked a question in the last turn and gets the next message,
 *     or {@code null}
 * @param verifiedCustomerId the customer the sender proved to be in this conversation (their
 *     e-mail, phone or one of their order numbers matched), or {@code null} while unproven
 * @param lowConfidenceStreak how many turns in a row were out of scope or below the confidence
 *     threshold
 */
@ProviderType
public record ConversationState(
        Owner owner,
        Map<String, String> slots,
        String pendingSkill,
        String verifiedCustomerId,
        int lowConfidenceStreak) {

    public ConversationState {
        Objects.requireNonNull(owner, "owner");
        slots = slots == null ? Map.of() : Map.copyOf(slots);
        if (lowConfidenceStreak < 0) {
            throw new IllegalArgumentException(
                    "lowConfidenceStreak must be >= 0 but was " + lowConfidenceStreak);
        }
    }

    /**
     * The state of a conversation that has just started.
     *
     * @return owned by the assistant, no slots, nothing pending, not verified
     */
    public static ConversationState initial() {
        return new ConversationState(Owner.ASSISTANT, Map.of(), null, null, 0);
    }

    /**
     * This state with another owner.
     *
     * @param newOwner the new owner; not {@code null}
     * @return a copy with {@code newOwner}
     */
    public ConversationState withOwner(Owner newOwner) {
        return new ConversationState(newOwner, slots, pendingSkill, verifiedCustomerId,
                lowConfidenceStreak);
    }
}
