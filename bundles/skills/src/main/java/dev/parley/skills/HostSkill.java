package dev.parley.skills;

import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.HostCalls;
import dev.parley.skills.support.Turns;

/**
 * A skill that works with the host's records: every turn runs through {@link HostCalls#guard}, so
 * an unreachable host fails the turn instead of throwing into the assistant.
 */
abstract class HostSkill implements Skill {

    private final String name;

    HostSkill(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final SkillResult handle(SkillContext context) {
        return HostCalls.guard(name, () -> turn(context));
    }

    /** One turn; host exceptions it does not handle itself are turned into results by {@link #handle}. */
    abstract SkillResult turn(SkillContext context);

    /** {@code result} with the skill's private slots removed: its task is over. */
    final SkillResult done(SkillContext context, SkillResult result) {
        return result.withSlotUpdates(Turns.clearPrivate(context, name, result.slotUpdates()));
    }
}
