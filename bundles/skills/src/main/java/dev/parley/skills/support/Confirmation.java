package dev.parley.skills.support;

import java.util.Map;
import java.util.Optional;

import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;

/**
 * A yes/no question a skill asked and the conversation remembers: the slot
 * {@code <skill>.confirm} holds what is to be confirmed (e.g. the order number), and
 * {@code <skill>.confirmRetry} that an unclear answer was already asked again once.
 */
public final class Confirmation {

    private final String skill;
    private final String key;
    private final String retryKey;

    public Confirmation(String skill) {
        this.skill = skill;
        this.key = skill + ".confirm";
        this.retryKey = skill + ".confirmRetry";
    }

    /** What is waiting for the customer's yes or no, if anything. */
    public Optional<String> pending(SkillContext context) {
        return Turns.slot(context, key);
    }

    /**
     * Asks to confirm {@code subject}; the skill gets the answer in the next turn.
     *
     * @param more other slot updates to make with the question
     */
    public SkillResult ask(String subject, String question, Map<String, String> more) {
        Map<String, String> updates = new java.util.HashMap<>(more);
        updates.put(key, subject);
        updates.put(retryKey, "");
        return SkillResult.confirm(question, "Yes", "No").withSlotUpdates(updates);
    }

    /**
     * After an answer that was neither yes nor no: asks once more, and the second time drops the
     * question with {@code dropText}.
     */
    public SkillResult askAgainOrDrop(SkillContext context, String question, String dropText, String... dropQuickReplies) {
        if (Turns.slot(context, retryKey).isEmpty()) {
            return SkillResult.confirm("Sorry, I didn't catch that. " + question, "Yes", "No")
                    .withSlotUpdates(Map.of(retryKey, "1"));
        }
        return SkillResult.answer(dropText, dropQuickReplies).withSlotUpdates(Turns.clearPrivate(context, skill, Map.of()));
    }
}
