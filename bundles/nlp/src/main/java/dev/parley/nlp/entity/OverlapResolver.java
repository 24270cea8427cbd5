package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Gives each stretch of text at most one entity. The longest candidate wins ("+49 30 1234567" is
 * a phone number, not the order number 1234567; "€100234" is money); between candidates of the
 * same length the more specific type wins, then the more confident one, then the earlier one.
 */
final class OverlapResolver {

    // Most specific first: a date is never an order number, and the amount of a payment is not one.
    private static final List<String> SPECIFICITY = List.of(EntityTypes.EMAIL, EntityTypes.DATE,
            EntityTypes.TRACKING_NUMBER, EntityTypes.MONEY, EntityTypes.ORDER_NUMBER, EntityTypes.PRODUCT_CODE,
            EntityTypes.PHONE);

    private static final Comparator<Entity> PREFERRED = Comparator
            .comparingInt((Entity entity) -> entity.end() - entity.start()).reversed()
            .thenComparingInt(OverlapResolver::specificityRank)
            .thenComparing(Comparator.comparingDouble(Entity::confidence).reversed())
            .thenComparingInt(Entity::start);

    private OverlapResolver() {
    }

    /**
     * @param candidates entities that may overlap; not modified
     * @return the chosen entities ordered by start, unmodifiable; none of them overlap
     */
    static List<Entity> resolve(List<Entity> candidates) {
        NavigableMap<Integer, Entity> chosenByStart = new TreeMap<>();
        candidates.stream().sorted(PREFERRED).forEach(candidate -> {
            if (isFree(chosenByStart, candidate)) {
                chosenByStart.put(candidate.start(), candidate);
            }
        });
        return List.copyOf(chosenByStart.values());
    }

    private static boolean isFree(NavigableMap<Integer, Entity> chosenByStart, Entity candidate) {
        // Chosen entities do not overlap each other, so only the neighbours around the start can.
        Map.Entry<Integer, Entity> before = chosenByStart.floorEntry(candidate.start());
        Map.Entry<Integer, Entity> after = chosenByStart.ceilingEntry(candidate.start());
        return (before == null || before.getValue().end() <= candidate.start())
                && (after == null || after.getKey() >= candidate.end());
    }

    private static int specificityRank(Entity entity) {
        int rank = SPECIFICITY.indexOf(entity.type());
        return rank < 0 ? SPECIFICITY.size() : rank;
    }
}
