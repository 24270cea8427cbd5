package dev.parley.skills.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.parley.api.nlp.Entity;
import dev.parley.api.skill.SkillContext;

/** Reading what one turn brings: entities of this message and the conversation's slots. */
public final class Turns {

    private Turns() {
    }

    /** The first entity of a type in this turn's message. */
    public static Optional<String> entity(SkillContext context, String type) {
        return context.understanding().entities().stream()
                .filter(e -> e.type().equals(type))
                .map(Entity::value)
                .findFirst();
    }

    /** Whether this turn's message holds an entity of any of the types. */
    public static boolean hasEntity(SkillContext context, String... types) {
        for (String type : types) {
            if (entity(context, type).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The entity of this message if there is one, else the slot collected earlier. */
    public static Optional<String> entityOrSlot(SkillContext context, String type, String slot) {
        Optional<String> fromMessage = entity(context, type);
        return fromMessage.isPresent() ? fromMessage : slot(context, slot);
    }

    /**
     * This message's text with the entities of the given types blanked out, so that an order
     * number or an e-mail address is not read as part of something else (e.g. a postcode).
     */
    public static String textWithout(SkillContext context, String... types) {
        char[] text = context.message().text().toCharArray();
        for (Entity entity : context.understanding().entities()) {
            if (java.util.Arrays.asList(types).contains(entity.type()) && entity.end() <= text.length) {
                java.util.Arrays.fill(text, entity.start(), entity.end(), ' ');
            }
        }
        return new String(text);
    }

    /** A slot's value; a blank value counts as absent. */
    public static Optional<String> slot(SkillContext context, String slot) {
        String value = context.slots().get(slot);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The intent NLP found in this turn's message. */
    public static String intent(SkillContext context) {
        return context.understanding().intent().intent();
    }

    /**
     * Updates that remove every private slot of a skill (those named {@code <skill>.*}), for a
     * skill that has finished its task; {@code extra} updates are added to them.
     */
    public static Map<String, String> clearPrivate(SkillContext context, String skill, Map<String, String> extra) {
        Map<String, String> updates = new HashMap<>();
        context.slots().keySet().stream()
                .filter(name -> name.startsWith(skill + "."))
                .forEach(name -> updates.put(name, ""));
        updates.putAll(extra);
        return updates;
    }

    /** The constant among {@code values} whose intent is {@code intent}. */
    public static <E> Optional<E> byIntent(E[] values, java.util.function.Function<E, String> intentOf, String intent) {
        return java.util.Arrays.stream(values).filter(v -> intentOf.apply(v).equals(intent)).findFirst();
    }

    /** {@code updates} plus one more. */
    public static Map<String, String> with(Map<String, String> updates, String key, String value) {
        Map<String, String> all = new HashMap<>(updates);
        all.put(key, value);
        return all;
    }

    /** The customer's first name for a friendly reply: the preferred name, else the first word of their name. */
    public static Optional<String> firstName(SkillContext context) {
        Optional<String> preferred = slot(context, dev.parley.api.skill.Slots.PREFERRED_NAME);
        if (preferred.isPresent()) {
            return preferred;
        }
        return context.customer()
                .map(c -> c.name())
                .filter(name -> name != null && !name.isBlank())
                .map(name -> name.trim().split("\\s+")[0]);
    }
}
