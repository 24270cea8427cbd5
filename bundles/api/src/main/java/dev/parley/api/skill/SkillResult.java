package dev.parley.api.skill;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a {@link Skill} answers for one turn. The static factories build the usual results;
 * {@link #withSlotUpdates(Map)} adds slot changes to any of them.
 *
 * @param text the reply to the customer, in {@link SkillContext#locale()}; required except for
 *     {@link SkillOutcome#HANDOFF} and {@link SkillOutcome#FAILED}, where {@code null} lets Parley
 *     write the reply (e.g. the handoff notice with the expected response time)
 * @param quickReplies short answers the customer can pick, in display order; {@code null} is
 *     taken as empty; the list is an unmodifiable copy
 * @param slotUpdates slots to set in the conversation (see {@link SkillContext#slots()}); an
 *     empty value removes the slot; {@code null} is taken as empty; the map is an unmodifiable copy
 * @param outcome how the turn ended; not {@code null}
 * @param handoffReason why a person must take over, for the staff who do (e.g. "refund above
 *     100 EUR needs approval"); no customer text; required for {@link SkillOutcome#HANDOFF}, may
 *     explain a {@link SkillOutcome#FAILED} result, else {@code null}
 */
@ProviderType
public record SkillResult(
        String text,
        List<String> quickReplies,
        Map<String, String> slotUpdates,
        SkillOutcome outcome,
        String handoffReason) {

    public SkillResult {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome != SkillOutcome.HANDOFF && outcome != SkillOutcome.FAILED) {
            Objects.requireNonNull(text, "text (required unless outcome is HANDOFF or FAILED)");
        }
        if (outcome == SkillOutcome.HANDOFF) {
            Objects.requireNonNull(handoffReason, "handoffReason (required for HANDOFF)");
        }
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        slotUpdates = slotUpdates == null ? Map.of() : Map.copyOf(slotUpdates);
    }

    /**
     * Answers a question.
     *
     * @param text the answer; not {@code null}
     * @param quickReplies follow-up choices to offer, if any
     * @return an {@link SkillOutcome#ANSWERED} result
     */
    public static SkillResult answer(String text, String... quickReplies) {
        return new SkillResult(text, List.of(quickReplies), Map.of(), SkillOutcome.ANSWERED, null);
    }

    /**
     * Asks for missing information; the next message comes back to this skill.
     *
     * @param question the question, e.g. "What is your order number?"; not {@code null}
     * @param quickReplies likely answers to offer, if any
     * @return a {@link SkillOutcome#NEEDS_INPUT} result
     */
    public static SkillResult ask(String question, String... quickReplies) {
        return new SkillResult(question, List.of(quickReplies), Map.of(), SkillOutcome.NEEDS_INPUT,
                null);
    }

    /**
     * Asks the customer to confirm an action; the next message comes back to this skill.
     *
     * @param question the question, e.g. "Cancel order A-10042?"; not {@code null}
     * @param quickReplies the choices in the customer's language, e.g. "Yes", "No"
     * @return a {@link SkillOutcome#NEEDS_CONFIRMATION} result
     */
    public static SkillResult confirm(String question, String... quickReplies) {
        return new SkillResult(question, List.of(quickReplies), Map.of(),
                SkillOutcome.NEEDS_CONFIRMATION, null);
    }

    /**
     * Reports an action done in a host system.
     *
     * @param text what was done, e.g. "Order A-10042 is cancelled."; not {@code null}
     * @return a {@link SkillOutcome#COMPLETED_ACTION} result
     */
    public static SkillResult completed(String text) {
        return new SkillResult(text, List.of(), Map.of(), SkillOutcome.COMPLETED_ACTION, null);
    }

    /**
     * Hands the conversation to a person; Parley writes the reply.
     *
     * @param reason why, for the staff who take over; no customer text; not {@code null}
     * @return a {@link SkillOutcome#HANDOFF} result
     */
    public static SkillResult handoff(String reason) {
        return new SkillResult(null, List.of(), Map.of(), SkillOutcome.HANDOFF, reason);
    }

    /**
     * Gives up on this turn; Parley falls back to the knowledge base or a handoff.
     *
     * @param reason why, for the log and the staff; no customer text; may be {@code null}
     * @return a {@link SkillOutcome#FAILED} result
     */
    public static SkillResult failed(String reason) {
        return new SkillResult(null, List.of(), Map.of(), SkillOutcome.FAILED, reason);
    }

    /**
     * This result with slot changes.
     *
     * @param updates the slots to set; an empty value removes the slot; replaces earlier updates
     * @return a copy of this result with {@code updates} as its {@link #slotUpdates()}
     */
    public SkillResult withSlotUpdates(Map<String, String> updates) {
        return new SkillResult(text, quickReplies, updates, outcome, handoffReason);
    }
}
