package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.OrderService;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;

class CancelOrderSkillTest {

    private final OrderService orders = Shop.orders();
    private final Dialogue dialogue = new Dialogue(new CancelOrderSkill(orders));

    @Test
    void cancelsAnUnshippedOrderAfterTheCustomerConfirms() {
        when(orders.cancel(anyString(), anyString())).thenReturn(Shop.PROCESSING);
        dialogue.verifiedAs(Shop.ADA);

        SkillResult question = dialogue.say("cancel order 100235", "cancel_order", EntityTypes.ORDER_NUMBER, "100235");
        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(question.text()).contains("Cancel order 100235", "59.90 EUR");
        assertThat(question.quickReplies()).containsExactly("Yes", "No");
        verify(orders, never()).cancel(anyString(), anyString());

        SkillResult done = dialogue.say("yes please", "affirm");
        assertThat(done.outcome()).isEqualTo(SkillOutcome.COMPLETED_ACTION);
        assertThat(done.text()).contains("order 100235 is cancelled");
        assertThat(done.quickReplies()).isNotEmpty();
        verify(orders).cancel("100235", CancelOrderSkill.REASON);
        assertThat(dialogue.slots()).noneSatisfy((name, value) -> assertThat(name).startsWith("cancel-order."));
    }

    @Test
    void noKeepsTheOrder() {
        dialogue.verifiedAs(Shop.ADA).say("cancel 100235", "cancel_order", EntityTypes.ORDER_NUMBER, "100235");

        SkillResult result = dialogue.say("no, don't", "oos");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("won't cancel");
        verify(orders, never()).cancel(anyString(), anyString());
    }

    @Test
    void anUnclearAnswerIsAskedAgainOnceThenDropped() {
        dialogue.verifiedAs(Shop.ADA).say("cancel 100235", "cancel_order", EntityTypes.ORDER_NUMBER, "100235");

        SkillResult again = dialogue.say("hmm what is the weather", "oos");
        assertThat(again.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(again.text()).contains("Shall I cancel order 100235?");

        SkillResult dropped = dialogue.say("banana", "oos");
        assertThat(dropped.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(dropped.text()).contains("leave order 100235 as it is");
        verify(orders, never()).cancel(anyString(), anyString());
    }

    @Test
    void aShippedOrderIsRefusedWithAReturnOffered() {
        SkillResult result = dialogue.verifiedAs(Shop.ADA).say("cancel 100234", "cancel_order", EntityTypes.ORDER_NUMBER, "100234");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("already shipped", "return");
        assertThat(result.quickReplies()).contains("Start a return");
        verify(orders, never()).cancel(anyString(), anyString());
    }

    @Test
    void theHostRefusingExplainsInsteadOfClaimingSuccess() {
        when(orders.cancel(anyString(), anyString())).thenThrow(new ChangeRejectedException("order 100235 is SHIPPED"));
        dialogue.verifiedAs(Shop.ADA).say("cancel 100235", "cancel_order", EntityTypes.ORDER_NUMBER, "100235");

        SkillResult result = dialogue.say("yes", "affirm");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("couldn't cancel order 100235");
    }

    @Test
    void anUnverifiedCustomerIsAskedToProveTheirIdentityAndHandedOffAfterTwoFailures() {
        dialogue.from(Shop.ADA);

        SkillResult ask = dialogue.say("cancel 100235", "cancel_order");
        assertThat(ask.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(ask.text()).contains("e-mail address on your account");

        SkillResult mismatch = dialogue.say("eve@example.com", "oos", EntityTypes.EMAIL, "eve@example.com");
        assertThat(mismatch.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(mismatch.text()).startsWith("That doesn't match our records.");

        SkillResult handoff = dialogue.say("mallory@example.com", "oos", EntityTypes.EMAIL, "mallory@example.com");
        assertThat(handoff.outcome()).isEqualTo(SkillOutcome.HANDOFF);
        assertThat(handoff.handoffReason()).isEqualTo("identity check failed");
        verify(orders, never()).cancel(anyString(), anyString());
        verify(orders, never()).findOrder(any());
    }

    @Test
    void anAnonymousSenderWhoNamedTheOrderIsAskedOnlyForItsEmail() {
        SkillResult ask = dialogue.say("cancel order 100235", "cancel_order", EntityTypes.ORDER_NUMBER, "100235");

        assertThat(ask.text()).isEqualTo("For your security, please tell me the e-mail address you used for order 100235.");

        SkillResult question = dialogue.verifiedAs(Shop.ADA).say("ada@example.com", "oos", EntityTypes.EMAIL, "ada@example.com");
        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
    }

    @Test
    void onceVerifiedTheCancellationGoesOn() {
        dialogue.from(Shop.ADA).say("cancel 100235", "cancel_order", EntityTypes.ORDER_NUMBER, "100235");

        SkillResult question = dialogue.verifiedAs(Shop.ADA).say("ada@example.com", "oos", EntityTypes.EMAIL, "ada@example.com");

        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(question.text()).contains("Cancel order 100235");
    }
}
