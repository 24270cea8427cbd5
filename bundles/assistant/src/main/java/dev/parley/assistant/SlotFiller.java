package dev.parley.assistant;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.Slots;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the conversation's shared slots from what the customer wrote, before a skill sees the
 * turn, so that a customer is never asked twice for an order number they already gave. Also
 * remembers a preferred name the customer states ("call me Ada").
 */
final class SlotFiller {

    /** The entity types that fill a shared slot, and the slot each fills. */
    static final Map<String, String> SLOT_OF_ENTITY = Map.of(
            EntityTypes.ORDER_NUMBER, Slots.ORDER_NUMBER,
            EntityTypes.EMAIL, Slots.EMAIL,
            EntityTypes.PHONE, Slots.PHONE,
            EntityTypes.PRODUCT_CODE, Slots.PRODUCT);

    private static final Pattern PREFERRED_NAME = Pattern.compile(
            "(?iu)\\b(?:call me|my name is|my name's|i go by|name is)\\s+(\\p{L}[\\p{L}'-]{0,29})");

    /** Words that follow "call me" without being a name. */
    private static final Set<String> NOT_NAMES = Set.of("back", "later", "now", "asap", "tomorrow", "today",
            "please", "when", "if", "at", "on", "about", "again", "soon", "tonight", "not", "the", "a");

    /**
     * The slots after this message.
     *
     * @param preferredNameStated whether the message stated a preferred name
     */
    record Filled(Map<String, String> slots, boolean preferredNameStated) {
    }

    Filled fill(Map<String, String> slots, List<Entity> entities, String text) {
        Map<String, String> filled = new HashMap<>(slots);
        Set<String> setHere = new HashSet<>();
        for (Entity entity : entities) {
            String slot = SLOT_OF_ENTITY.get(entity.type());
            // The first mention of a type wins: "order 100235, not 100234" means the first.
            if (slot != null && setHere.add(slot)) {
                filled.put(slot, entity.value());
            }
        }
        Optional<String> name = preferredName(text);
        name.ifPresent(n -> filled.put(Slots.PREFERRED_NAME, n));
        return new Filled(Map.copyOf(filled), name.isPresent());
    }

    /** Whether the message carries an entity that fills a shared slot, i.e. may answer a question. */
    static boolean carriesSlotValue(List<Entity> entities) {
        return entities.stream().anyMatch(e -> SLOT_OF_ENTITY.containsKey(e.type()));
    }

    static Optional<String> preferredName(String text) {
        Matcher matcher = PREFERRED_NAME.matcher(text);
        while (matcher.find()) {
            String word = matcher.group(1);
            if (!NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
            }
        }
        return Optional.empty();
    }
}
