package dev.parley.skills;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.host.Customer;
import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Understanding;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;

/**
 * A conversation with one skill as the assistant runs it: each turn carries the slots of the turns
 * before (with the skill's updates applied), the customer and whether they are verified.
 */
final class Dialogue {

    private static final Map<String, String> ENTITY_SLOTS = Map.of(EntityTypes.ORDER_NUMBER, Slots.ORDER_NUMBER,
            EntityTypes.EMAIL, Slots.EMAIL, EntityTypes.PHONE, Slots.PHONE, EntityTypes.PRODUCT_CODE, Slots.PRODUCT);

    private final Skill skill;
    private final Map<String, String> slots = new HashMap<>();
    private Customer customer;
    private boolean verified;
    private int turns;

    Dialogue(Skill skill) {
        this.skill = skill;
    }

    /** The host named the sender: a matched, not yet verified customer. */
    Dialogue from(Customer matched) {
        this.customer = matched;
        return this;
    }

    /** The assistant verified the sender as this customer. */
    Dialogue verifiedAs(Customer proven) {
        this.customer = proven;
        this.verified = true;
        return this;
    }

    Dialogue slot(String name, String value) {
        slots.put(name, value);
        return this;
    }

    Map<String, String> slots() {
        return Map.copyOf(slots);
    }

    /**
     * One turn: the message with its intent and entities given as type, value pairs.
     */
    SkillResult say(String text, String intent, String... entityPairs) {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < entityPairs.length; i += 2) {
            String value = entityPairs[i + 1];
            int start = Math.max(0, text.toLowerCase(Locale.ROOT).indexOf(value.toLowerCase(Locale.ROOT)));
            int end = Math.min(text.length(), start + value.length());
            entities.add(new Entity(entityPairs[i], value, text.substring(start, Math.max(end, start + 1)), start,
                    Math.max(end, start + 1), 1.0));
        }
        // as the assistant does: entities of the message fill the shared slots before the skill runs
        for (Entity entity : entities) {
            String slot = ENTITY_SLOTS.get(entity.type());
            if (slot != null) {
                slots.put(slot, entity.value());
            }
        }
        IntentPrediction prediction = new IntentPrediction(intent, 0.9, List.of(), IntentPrediction.OUT_OF_SCOPE.equals(intent), "test");
        Understanding understanding = new Understanding(prediction, entities, null);
        IncomingMessage message = new IncomingMessage("test", "conv-1", "m" + (++turns), CustomerRef.anonymous(), text,
                Instant.parse("2026-11-05T10:00:00Z"), Locale.ENGLISH, Map.of());
        SkillResult result = skill.handle(new Context(message, understanding, Optional.ofNullable(customer), verified, Map.copyOf(slots)));
        result.slotUpdates().forEach((name, value) -> {
            if (value.isEmpty()) {
                slots.remove(name);
            } else {
                slots.put(name, value);
            }
        });
        return result;
    }

    private record Context(IncomingMessage message, Understanding understanding, Optional<Customer> customer,
            boolean identityVerified, Map<String, String> slots) implements SkillContext {

        @Override
        public String conversationId() {
            return "conv-1";
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }
    }
}
