package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;

class KnowledgeAnswerSkillTest {

    private final KnowledgeBase knowledge = mock(KnowledgeBase.class);
    private final KnowledgeAnswerSkill skill = new KnowledgeAnswerSkill(knowledge, config(2.0));

    @Test
    void answersWithTheBestPassageAndItsTitleAndAsksWhetherItHelped() {
        when(knowledge.search(contains("shipping cost"), anyInt())).thenReturn(List.of(new KnowledgeHit("kb-1",
                "Shipping costs", "Shipping within the EU costs 4.90 EUR; free from 50 EUR.", 7.5, "https://shop.example/help/shipping")));

        SkillResult result = new Dialogue(skill).say("how much is delivery?", "shipping_cost");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).startsWith("Shipping costs\nShipping within the EU costs 4.90 EUR")
                .contains("https://shop.example/help/shipping").endsWith("Did that help?");
        assertThat(result.quickReplies()).containsExactly("Yes, thanks", "No", "Talk to a person");
    }

    @Test
    void aWeakMatchFailsSoTheAssistantFallsBack() {
        when(knowledge.search(contains("discount code"), anyInt())).thenReturn(List.of(
                new KnowledgeHit("kb-2", "Gift cards", "Gift cards are sold in the shop.", 1.2, null)));

        SkillResult result = new Dialogue(skill).say("my code SAVE10 doesn't work", "discount_code");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.FAILED);
    }

    @Test
    void noMatchFails() {
        when(knowledge.search(contains("invoice"), anyInt())).thenReturn(List.of());

        assertThat(new Dialogue(skill).say("send me an invoice", "invoice_request").outcome()).isEqualTo(SkillOutcome.FAILED);
    }

    static KnowledgeAnswerSkill.Config config(double minimumScore) {
        KnowledgeAnswerSkill.Config config = mock(KnowledgeAnswerSkill.Config.class);
        when(config.minimumScore()).thenReturn(minimumScore);
        return config;
    }
}
