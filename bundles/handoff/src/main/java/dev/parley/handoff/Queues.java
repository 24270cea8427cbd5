package dev.parley.handoff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configured queues and the default one. Names are compared ignoring case and always returned
 * as configured, so the router only ever answers with a queue of its configuration.
 */
final class Queues {

    /** Letters, digits, spaces, '_', '-' and '.': no ',' ':' '=' or '|', which the rule syntax uses. */
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-]*");

    static final List<String> DEFAULTS = List.of("general", "billing", "shipping", "technical", "accounts", "sales");

    private final Map<String, String> byKey;
    private final String defaultQueue;

    private Queues(Map<String, String> byKey, String defaultQueue) {
        this.byKey = byKey;
        this.defaultQueue = defaultQueue;
    }

    /** Reads {@code queues} and {@code defaultQueue}; invalid or repeated names are reported and skipped. */
    static Queues read(String[] queues, String defaultQueue, ConfigProblems problems) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : ConfigEntries.split(queues)) {
            if (!NAME.matcher(name).matches()) {
                problems.add("queues", name, "is not a queue name: use letters, digits, spaces, '_', '-' or '.';"
                        + " skipped");
            } else if (byKey.putIfAbsent(key(name), name) != null) {
                problems.add("queues", name, "is listed twice; the first one applies");
            }
        }
        if (byKey.isEmpty()) {
            problems.add("queues lists no valid queue; using the defaults " + String.join(", ", DEFAULTS));
            DEFAULTS.forEach(name -> byKey.put(key(name), name));
        }
        String requested = defaultQueue == null ? "" : defaultQueue.strip();
        String resolved = byKey.get(key(requested));
        if (resolved == null) {
            resolved = byKey.values().iterator().next();
            problems.add("defaultQueue '" + requested + "' is not one of the queues (" + String.join(", ",
                    byKey.values()) + "); using '" + resolved + "': add it to queues or name one of them");
        }
        return new Queues(byKey, resolved);
    }

    /** The configured name of the queue, if it is one. */
    Optional<String> find(String name) {
        return Optional.ofNullable(byKey.get(key(name.strip())));
    }

    String defaultQueue() {
        return defaultQueue;
    }

    List<String> names() {
        return List.copyOf(byKey.values());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
