package dev.parley.api.skill;

import org.osgi.annotation.versioning.ProviderType;

/** How a {@link Skill} ended its turn; it tells Parley what to do next. */
@ProviderType
public enum SkillOutcome {
    /** The skill answered a question; the conversation may move on to anything. */
    ANSWERED,
    /** The skill asked for missing information (a slot); the next message goes back to it. */
    NEEDS_INPUT,
    /**
     * The skill asks the customer to confirm an action (e.g. "Cancel order A-10042?"); the next
     * message goes back to it.
     */
    NEEDS_CONFIRMATION,
    /** The skill changed something in a host system (cancelled, re-addressed ...) and says so. */
    COMPLETED_ACTION,
    /** A person must take over; Parley routes the handoff with the skill's reason. */
    HANDOFF,
    /**
     * The skill could not help (e.g. its host system is unavailable); Parley tries the knowledge
     * base, then hands off with {@link dev.parley.api.handoff.HandoffTrigger#SKILL_FAILURE}.
     */
    FAILED
}
