package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.OrderService;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;

class ChangeShippingAddressSkillTest {

    private static final Address BAKER_STREET = new Address("12 Baker Street", null, "NW1 6XE", "London", null, "GB");

    private final OrderService orders = Shop.orders();
    private final Dialogue dialogue = new Dialogue(new ChangeShippingAddressSkill(orders));

    @Test
    void changesTheAddressGivenOnOneLineAfterConfirmation() {
        when(orders.changeShippingAddress(anyString(), any())).thenReturn(Shop.PROCESSING);
        dialogue.verifiedAs(Shop.ADA);

        SkillResult question = dialogue.say("Please send order 100235 to 12 Baker Street, London NW1 6XE, GB",
                "change_shipping_address", EntityTypes.ORDER_NUMBER, "100235");
        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(question.text()).isEqualTo("Send order 100235 to 12 Baker Street, NW1 6XE London, GB instead?");
        verify(orders, never()).changeShippingAddress(anyString(), any());

        SkillResult done = dialogue.say("yes", "affirm");
        assertThat(done.outcome()).isEqualTo(SkillOutcome.COMPLETED_ACTION);
        verify(orders).changeShippingAddress("100235", BAKER_STREET);
        assertThat(dialogue.slots()).noneSatisfy((name, value) -> assertThat(name).startsWith("change-shipping-address."));
    }

    @Test
    void asksForTheAddressAndThenForItsMissingParts() {
        dialogue.verifiedAs(Shop.ADA);

        SkillResult first = dialogue.say("I need to change the delivery address of 100235", "change_shipping_address",
                EntityTypes.ORDER_NUMBER, "100235");
        assertThat(first.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(first.text()).startsWith("What is the new address for order 100235?");

        SkillResult missing = dialogue.say("12 Baker Street", "oos");
        assertThat(missing.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        // the country defaults to the order's current one
        assertThat(missing.text()).isEqualTo("Thanks. I still need the postcode and the town or city of the new address.");

        SkillResult confirm = dialogue.say("NW1 6XE London", "oos");
        assertThat(confirm.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(confirm.text()).contains("12 Baker Street, NW1 6XE London, GB");
    }

    @Test
    void isRefusedOnceTheOrderHasShipped() {
        SkillResult result = dialogue.verifiedAs(Shop.ADA).say("send 100234 to 12 Baker Street, London NW1 6XE",
                "change_shipping_address", EntityTypes.ORDER_NUMBER, "100234");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("already shipped");
        verify(orders, never()).changeShippingAddress(anyString(), any());
    }

    @Test
    void anAddressGivenBeforeTheIdentityCheckIsKeptForAfterIt() {
        dialogue.from(Shop.ADA);
        SkillResult ask = dialogue.say("send 100235 to 12 Baker Street, London NW1 6XE, GB", "change_shipping_address",
                EntityTypes.ORDER_NUMBER, "100235");
        assertThat(ask.text()).contains("For your security");

        SkillResult confirm = dialogue.verifiedAs(Shop.ADA).say("ada@example.com", "oos", EntityTypes.EMAIL, "ada@example.com");

        assertThat(confirm.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(confirm.text()).contains("12 Baker Street, NW1 6XE London, GB");
    }

    @Test
    void theHostRefusingTheAddressIsExplained() {
        when(orders.changeShippingAddress(anyString(), any())).thenThrow(new ChangeRejectedException("outside delivery area"));
        dialogue.verifiedAs(Shop.ADA).say("send 100235 to 12 Baker Street, London NW1 6XE, GB", "change_shipping_address",
                EntityTypes.ORDER_NUMBER, "100235");

        SkillResult result = dialogue.say("ok", "affirm");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("couldn't send order 100235 to that address");
    }
}
