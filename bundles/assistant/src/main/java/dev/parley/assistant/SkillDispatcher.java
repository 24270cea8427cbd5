package dev.parley.assistant;

import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the skill for a turn and calls it behind the whiteboard boundary. A skill waiting for
 * an answer gets the next message, unless the customer clearly moved on: another in-scope intent
 * with high confidence that is not a yes or no and carries no value a skill could have asked for.
 * Otherwise the intent's skill answers, but only for an intent understood with enough confidence.
 */
final class SkillDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SkillDispatcher.class);
    private static final Set<String> CONFIRMATIONS = Set.of("affirm", "deny");

    private final AssistantSettings settings;

    SkillDispatcher(AssistantSettings settings) {
        this.settings = settings;
    }

    /**
     * The skill for this turn.
     *
     * @param skill the skill, if one should answer
     * @param pending whether it is the skill the conversation was waiting for
     */
    record Choice(Optional<SkillRegistry.Entry> skill, boolean pending) {
    }

    Choice choose(String pendingSkill, Nlu nlu, SkillRegistry skills) {
        if (pendingSkill != null) {
            Optional<SkillRegistry.Entry> pending = skills.byName(pendingSkill);
            if (pending.isEmpty()) {
                LOG.debug("Pending skill {} is gone; the message is handled as a new request", pendingSkill);
            } else if (!movesOn(pending.get(), nlu)) {
                return new Choice(pending, true);
            } else {
                LOG.debug("Customer moved on from pending skill {} to intent {}", pendingSkill, nlu.intent());
            }
        }
        if (!nlu.confident(settings.confidenceThreshold())) {
            return new Choice(Optional.empty(), false);
        }
        return new Choice(skills.forIntent(nlu.intent()), false);
    }

    private boolean movesOn(SkillRegistry.Entry pending, Nlu nlu) {
        return nlu.confident(settings.pendingEscapeConfidence())
                && !CONFIRMATIONS.contains(nlu.intent())
                && !pending.intents().contains(nlu.intent())
                && !SlotFiller.carriesSlotValue(nlu.entities());
    }

    /** Calls the skill; one that throws or returns nothing has {@link SkillResult#failed failed}. */
    static SkillResult invoke(SkillRegistry.Entry entry, SkillContext context) {
        try {
            SkillResult result = entry.skill().handle(context);
            if (result == null) {
                LOG.warn("Skill {} returned no result; treated as failed", entry.name());
                return SkillResult.failed("skill returned no result");
            }
            return result;
        } catch (RuntimeException | LinkageError e) {
            // A skill's exception message may quote the customer: only its type above DEBUG.
            LOG.warn("Skill {} threw {}; treated as failed", entry.name(), e.getClass().getName());
            LOG.debug("Skill {} failure", entry.name(), e);
            return SkillResult.failed("skill threw " + e.getClass().getSimpleName());
        }
    }
}
