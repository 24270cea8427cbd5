package dev.parley.assistant;

import dev.parley.api.handoff.Handoff;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.Owner;
import java.util.List;
import java.util.Map;

/**
 * The turn as it is being decided: the reply so far and the conversation's state afterwards.
 * Confined to the thread handling the message.
 */
final class TurnDraft {

    String text;
    List<String> quickReplies = List.of();
    String skill;
    SkillOutcome outcome;
    /** The handoff decided in this turn, also when no ticket could be opened. */
    Handoff handoff;
    /** Whether a person owns the conversation after this turn. */
    boolean passedOn;

    Map<String, String> slots;
    String pendingSkill;
    String verifiedCustomerId;
    int lowConfidenceStreak;

    TurnDraft(ConversationState before, Map<String, String> slots, String verifiedCustomerId) {
        this.slots = slots;
        this.pendingSkill = before.pendingSkill();
        this.verifiedCustomerId = verifiedCustomerId;
        this.lowConfidenceStreak = before.lowConfidenceStreak();
    }

    void reply(String replyText, List<String> replies) {
        this.text = replyText;
        this.quickReplies = replies;
    }

    boolean awaitingInput() {
        return pendingSkill != null;
    }

    ConversationState stateAfter() {
        return new ConversationState(passedOn ? Owner.HUMAN : Owner.ASSISTANT, slots, pendingSkill,
                verifiedCustomerId, lowConfidenceStreak);
    }
}
