package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slots filled from entities before a skill runs, skills' own slot updates, preferred names. */
class SlotFillingTest {

    private final SlotFiller filler = new SlotFiller();

    @Test
    void entitiesFillTheSharedSlots() {
        SlotFiller.Filled filled = filler.fill(Map.of(), List.of(
                entity(EntityTypes.ORDER_NUMBER, "100235"), entity(EntityTypes.EMAIL, "ada@example.com"),
                entity(EntityTypes.PHONE, "+4930123456"), entity(EntityTypes.PRODUCT_CODE, "SKU-1"),
                entity(EntityTypes.MONEY, "25.50 EUR")), "text");

        assertThat(filled.slots()).containsOnly(Map.entry(Slots.ORDER_NUMBER, "100235"),
                Map.entry(Slots.EMAIL, "ada@example.com"), Map.entry(Slots.PHONE, "+4930123456"),
                Map.entry(Slots.PRODUCT, "SKU-1"));
    }

    @Test
    void aNewValueReplacesTheOldAndTheFirstMentionWins() {
        SlotFiller.Filled filled = filler.fill(Map.of(Slots.ORDER_NUMBER, "100234", "other", "kept"),
                List.of(entity(EntityTypes.ORDER_NUMBER, "100235"), entity(EntityTypes.ORDER_NUMBER, "100236")),
                "text");

        assertThat(filled.slots()).containsEntry(Slots.ORDER_NUMBER, "100235").containsEntry("other", "kept");
    }

    @Test
    void aStatedPreferredNameIsRemembered() {
        assertThat(filler.fill(Map.of(), List.of(), "Please call me ada").slots())
                .containsEntry(Slots.PREFERRED_NAME, "Ada");
        assertThat(filler.fill(Map.of(), List.of(), "Hi, my name is Grace.").preferredNameStated()).isTrue();
        assertThat(filler.fill(Map.of(), List.of(), "please call me back tomorrow").preferredNameStated())
                .isFalse();
        assertThat(filler.fill(Map.of(), List.of(), "where is my order").preferredNameStated()).isFalse();
    }

    @Test
    void skillsSeeFilledSlotsAndTheirUpdatesAreKept() {
        AssistantHarness harness = new AssistantHarness();
        harness.nlp.intent("cancel", "cancel_order", 0.9);
        ScriptedSkill cancel = harness.skill("cancel-order", c -> SkillResult.confirm("Cancel order "
                + c.slots().get(Slots.ORDER_NUMBER) + "?", "Yes", "No")
                .withSlotUpdates(Map.of("cancel-order.asked", "1")), "cancel_order");

        harness.send("cancel order 100235");
        harness.send("cancel it, order 100234 I mean");

        assertThat(cancel.calls.get(0).slots()).containsEntry(Slots.ORDER_NUMBER, "100235");
        assertThat(cancel.lastCall().slots()).containsEntry(Slots.ORDER_NUMBER, "100234")
                .containsEntry("cancel-order.asked", "1");
    }

    @Test
    void anEmptySlotUpdateRemovesTheSlot() {
        assertThat(DialogueManager.withUpdates(Map.of("a", "1", "b", "2"), Map.of("a", "", "c", "3")))
                .containsOnly(Map.entry("b", "2"), Map.entry("c", "3"));
    }

    @Test
    void aPreferredNameIsUsedToAddressTheCustomer() {
        AssistantHarness harness = new AssistantHarness().asAda();
        harness.host.orders.clear();

        assertThat(harness.send("call me Countess").text()).startsWith("Nice to meet you, Countess!");
        assertThat(harness.conversation().state().slots()).containsEntry(Slots.PREFERRED_NAME, "Countess");
    }

    private static Entity entity(String type, String value) {
        return new Entity(type, value, value, 0, value.length(), 1.0);
    }
}
