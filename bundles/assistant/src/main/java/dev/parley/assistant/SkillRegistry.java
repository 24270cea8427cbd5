package dev.parley.assistant;

import dev.parley.api.skill.Skill;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The skills on the whiteboard, by intent and by name. When several skills claim an intent, the
 * one with the highest {@code service.ranking} answers (then the oldest service). Thread-safe:
 * skills come and go while messages are handled.
 */
final class SkillRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SkillRegistry.class);

    /** One registered skill with the service properties that place it. */
    record Entry(String name, Set<String> intents, int ranking, long serviceId, Skill skill) {
    }

    private static final Comparator<Entry> PRECEDENCE = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(Skill skill, Map<String, ?> properties) {
        Set<String> intents = Set.copyOf(strings(properties.get(Skill.PROPERTY_INTENTS)));
        String name = nameOf(skill, properties.get(Skill.PROPERTY_NAME));
        if (intents.isEmpty()) {
            LOG.warn("Skill {} has no {} service property; it is never called", name, Skill.PROPERTY_INTENTS);
        }
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object serviceId = properties.get(Constants.SERVICE_ID);
        entries.add(new Entry(name, intents, ranking instanceof Integer r ? r : 0,
                serviceId instanceof Long id ? id : Long.MAX_VALUE, skill));
        LOG.info("Skill {} available for intents {}", name, intents);
    }

    void remove(Skill skill) {
        entries.removeIf(entry -> {
            if (entry.skill() == skill) {
                LOG.info("Skill {} removed", entry.name());
                return true;
            }
            return false;
        });
    }

    int size() {
        return entries.size();
    }

    /** The skill that answers {@code intent}, if any claims it. */
    Optional<Entry> forIntent(String intent) {
        return entries.stream().filter(e -> e.intents().contains(intent)).min(PRECEDENCE);
    }

    /** The skill named {@code name}, e.g. the one a conversation waits for. */
    Optional<Entry> byName(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).min(PRECEDENCE);
    }

    private static String nameOf(Skill skill, Object property) {
        if (property instanceof String name && !name.isBlank()) {
            return name;
        }
        try {
            String name = skill.name();
            return name == null || name.isBlank() ? skill.getClass().getName() : name;
        } catch (RuntimeException e) {
            LOG.warn("Skill {} failed to tell its name: {}", skill.getClass().getName(), e.toString());
            return skill.getClass().getName();
        }
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof String s) {
            result.add(s);
        } else if (value instanceof String[] array) {
            result.addAll(List.of(array));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> result.add(String.valueOf(v)));
        }
        result.removeIf(s -> s == null || s.isBlank());
        return result;
    }
}
