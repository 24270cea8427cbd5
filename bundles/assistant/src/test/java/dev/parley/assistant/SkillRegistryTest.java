package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whiteboard: intents, ranking, names, skills coming and going. */
class SkillRegistryTest {

    private final SkillRegistry registry = new SkillRegistry();

    @Test
    void theHighestRankingSkillAnswersAnIntent() {
        Skill low = skill("low");
        Skill high = skill("high");
        registry.add(low, Map.of(Skill.PROPERTY_INTENTS, new String[] {"order_status"}, "service.id", 1L));
        registry.add(high, Map.of(Skill.PROPERTY_INTENTS, "order_status", "service.ranking", 10, "service.id", 2L));

        assertThat(registry.forIntent("order_status")).map(SkillRegistry.Entry::name).contains("high");

        registry.remove(high);
        assertThat(registry.forIntent("order_status")).map(SkillRegistry.Entry::name).contains("low");
    }

    @Test
    void amongEqualRankingsTheOldestServiceWins() {
        registry.add(skill("newer"), Map.of(Skill.PROPERTY_INTENTS, "x", "service.id", 9L));
        registry.add(skill("older"), Map.of(Skill.PROPERTY_INTENTS, "x", "service.id", 3L));

        assertThat(registry.forIntent("x")).map(SkillRegistry.Entry::name).contains("older");
    }

    @Test
    void aSkillWithoutIntentsIsNeverChosenButFoundByName() {
        registry.add(skill("idle"), Map.of());

        assertThat(registry.forIntent("anything")).isEmpty();
        assertThat(registry.byName("idle")).isPresent();
    }

    @Test
    void theNamePropertyNamesTheSkillAndIntentsMayBeAList() {
        registry.add(skill("ignored"), Map.of(Skill.PROPERTY_NAME, "refund-return",
                Skill.PROPERTY_INTENTS, List.of("refund_request", "return_item")));

        assertThat(registry.byName("refund-return")).isPresent();
        assertThat(registry.forIntent("return_item")).map(SkillRegistry.Entry::name).contains("refund-return");
    }

    @Test
    void aSkillThatCannotTellItsNameIsStillRegistered() {
        Skill broken = new Skill() {
            @Override
            public String name() {
                throw new IllegalStateException("broken");
            }

            @Override
            public SkillResult handle(dev.parley.api.skill.SkillContext context) {
                return SkillResult.answer("ok");
            }
        };
        registry.add(broken, Map.of(Skill.PROPERTY_INTENTS, "x"));

        assertThat(registry.forIntent("x")).map(SkillRegistry.Entry::skill).contains(broken);
    }

    private static Skill skill(String name) {
        return new ScriptedSkill(name, c -> SkillResult.answer(name));
    }
}
