package dev.parley.assistant;

import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A skill that answers what a test scripts and remembers the contexts it was called with. */
final class ScriptedSkill implements Skill {

    private final String name;
    private final Function<SkillContext, SkillResult> script;
    final List<SkillContext> calls = new ArrayList<>();

    ScriptedSkill(String name, Function<SkillContext, SkillResult> script) {
        this.name = name;
        this.script = script;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SkillResult handle(SkillContext context) {
        calls.add(context);
        return script.apply(context);
    }

    SkillContext lastCall() {
        return calls.get(calls.size() - 1);
    }
}
