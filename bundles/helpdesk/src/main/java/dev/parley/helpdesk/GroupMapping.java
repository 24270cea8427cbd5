package dev.parley.helpdesk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Which helpdesk group takes over the handoffs of each Parley queue. Checked when read, so that
 * the adapter never sends the host a group for a queue the handoff router does not have, nor an
 * id that is not a number.
 */
public final class GroupMapping {

    /** A positive id: no helpdesk numbers a group or team 0, and Chatwoot reads it as "none". */
    private static final Pattern ID = Pattern.compile("0*[1-9][0-9]{0,17}");

    private final Map<String, Long> byQueue;
    private final Long defaultGroup;

    private GroupMapping(Map<String, Long> byQueue, Long defaultGroup) {
        this.byQueue = byQueue;
        this.defaultGroup = defaultGroup;
    }

    /**
     * Reads {@code <queue>=<group id>} entries.
     *
     * @param property the configuration property, named in problems
     * @param entries the entries, each one or several separated by commas; blank ones are skipped
     * @param defaultGroupProperty the property of the default group, named in problems
     * @param defaultGroup the group of queues without an entry; blank for none (the ticket's group
     *     is then left as it is)
     * @param knownQueues the handoff router's queues
     * @return the mapping
     * @throws IllegalArgumentException naming every wrong entry and what to do about it
     */
    public static GroupMapping read(String property, String[] entries, String defaultGroupProperty,
            String defaultGroup, Collection<String> knownQueues) {
        Map<String, String> queues = new LinkedHashMap<>();
        knownQueues.forEach(q -> queues.put(key(q), q));
        List<String> problems = new ArrayList<>();
        Map<String, Long> byQueue = new LinkedHashMap<>();
        for (String entry : split(entries)) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                problems.add(property + " entry '" + entry.strip() + "' is not <queue>=<group id>");
                continue;
            }
            String queue = entry.substring(0, equals).strip();
            String id = entry.substring(equals + 1).strip();
            if (!queues.containsKey(key(queue))) {
                problems.add(property + " entry '" + entry.strip() + "' names queue '" + queue
                        + "', which the handoff router does not have; its queues are " + String.join(", ",
                                queues.values()) + " (dev.parley.handoff queues)");
            } else if (!ID.matcher(id).matches()) {
                problems.add(property + " entry '" + entry.strip() + "': group id '" + id
                        + "' is not a positive number; use the numeric id the helpdesk shows for the group");
            } else if (byQueue.putIfAbsent(key(queue), Long.parseLong(id)) != null) {
                problems.add(property + " maps queue '" + queue + "' twice; keep one entry");
            }
        }
        Long fallback = null;
        String trimmedDefault = defaultGroup == null ? "" : defaultGroup.strip();
        if (!trimmedDefault.isEmpty()) {
            if (ID.matcher(trimmedDefault).matches()) {
                fallback = Long.parseLong(trimmedDefault);
            } else {
                problems.add(defaultGroupProperty + " '" + trimmedDefault
                        + "' is not a positive number; use the numeric id of the group, or leave it empty");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new GroupMapping(Map.copyOf(byQueue), fallback);
    }

    /** Entries of an array (typed configuration) or comma-separated in one value (a .cfg file). */
    private static List<String> split(String[] entries) {
        List<String> split = new ArrayList<>();
        for (String value : entries == null ? new String[0] : entries) {
            for (String entry : value == null ? new String[0] : value.split(",")) {
                if (!entry.isBlank()) {
                    split.add(entry);
                }
            }
        }
        return split;
    }

    /**
     * The group of a queue.
     *
     * @param queue a handoff queue; not {@code null}
     * @return its group, else the default group, else empty (leave the ticket's group unchanged)
     */
    public OptionalLong groupFor(String queue) {
        Long group = byQueue.get(key(Objects.requireNonNull(queue, "queue")));
        if (group == null) {
            group = defaultGroup;
        }
        return group == null ? OptionalLong.empty() : OptionalLong.of(group);
    }

    /** How many queues have a group of their own, for the log. */
    public int size() {
        return byQueue.size();
    }

    private static String key(String queue) {
        return queue.strip().toLowerCase(Locale.ROOT);
    }
}
