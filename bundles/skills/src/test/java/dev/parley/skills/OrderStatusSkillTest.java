package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.OrderService;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;

class OrderStatusSkillTest {

    private final OrderService orders = Shop.orders();
    private final Dialogue dialogue = new Dialogue(new OrderStatusSkill(orders));

    @Test
    void tellsTheStatusOfTheNamedOrder() {
        SkillResult result = dialogue.from(Shop.ADA).say("where is order 100235?", "order_status", EntityTypes.ORDER_NUMBER, "100235");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("100235", "3 November", "being packed");
        assertThat(result.quickReplies()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        assertThat(dialogue.slots()).containsEntry(Slots.ORDER_NUMBER, "100235");
    }

    @Test
    void withoutANumberAsksWhichOrderSuggestingRecentOnes() {
        SkillResult question = dialogue.from(Shop.ADA).say("where is my order?", "order_status");

        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(question.text()).isEqualTo("Which order do you mean? Your last one is 100235 from 3 November.");
        assertThat(question.quickReplies()).containsExactly("100235", "100234");

        SkillResult answer = dialogue.say("100234", "order_status", EntityTypes.ORDER_NUMBER, "100234");
        assertThat(answer.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(answer.text()).contains("100234", "shipped with DHL", "Friday 6 November");
    }

    @Test
    void someoneElsesOrderGetsTheSameAnswerAsAnUnknownNumber() {
        SkillResult others = new Dialogue(new OrderStatusSkill(orders)).from(Shop.ADA)
                .say("status of 200001", "order_status", EntityTypes.ORDER_NUMBER, "200001");
        SkillResult unknown = new Dialogue(new OrderStatusSkill(orders)).from(Shop.ADA)
                .say("status of 999999", "order_status", EntityTypes.ORDER_NUMBER, "999999");

        assertThat(others.text()).isEqualTo(unknown.text().replace("999999", "200001"));
        assertThat(others.outcome()).isEqualTo(unknown.outcome());
        assertThat(others.quickReplies()).isEqualTo(unknown.quickReplies());
        assertThat(others.text()).startsWith("I couldn't find order 200001 for your account")
                .doesNotContainIgnoringCase("processing").doesNotContain("Bob");
    }

    @Test
    void anAnonymousSenderIsAskedForTheOrdersEmailFirst() {
        SkillResult question = dialogue.say("where is 100235", "order_status", EntityTypes.ORDER_NUMBER, "100235");

        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(question.text()).isEqualTo("To protect your privacy, please tell me the e-mail address you used for the order.");
        assertThat(question.text()).doesNotContain("packed");

        // the assistant matched the e-mail and the order number to Ada
        SkillResult answer = dialogue.verifiedAs(Shop.ADA)
                .say("ada@example.com", "order_status", EntityTypes.EMAIL, "ada@example.com");
        assertThat(answer.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(answer.text()).contains("being packed");
    }

    @Test
    void anAnonymousSenderWhoseEmailDoesNotMatchLearnsNothing() {
        dialogue.say("where is 100235", "order_status", EntityTypes.ORDER_NUMBER, "100235");

        SkillResult answer = dialogue.say("eve@example.com", "order_status", EntityTypes.EMAIL, "eve@example.com");

        assertThat(answer.text()).startsWith("I couldn't find order 100235 with that e-mail address").doesNotContain("packed");
        assertThat(dialogue.slots()).doesNotContainKey(Slots.ORDER_NUMBER);
    }

    @Test
    void anUnreachableHostFailsTheTurn() {
        when(orders.findOrder("100235")).thenThrow(new HostUnavailableException("shop timed out"));

        SkillResult result = dialogue.from(Shop.ADA).say("where is 100235", "order_status", EntityTypes.ORDER_NUMBER, "100235");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.FAILED);
        assertThat(result.handoffReason()).contains("shop timed out");
    }
}
