package dev.parley.assistant;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The handoff of a conversation, kept in its slots (under the prefix {@value #PREFIX}) so that
 * any node knows it was handed off (no second handoff, no second ticket) and can repeat the
 * handoff in a replayed or silent reply.
 */
final class HandoffMarkers {

    static final String PREFIX = "assistant.handoff.";
    private static final String QUEUE = PREFIX + "queue";
    private static final String TRIGGER = PREFIX + "trigger";
    private static final String REASON = PREFIX + "reason";
    private static final String PRIORITY = PREFIX + "priority";
    private static final String TICKET = PREFIX + "ticket";
    private static final String EXPECTED_BY = PREFIX + "expectedBy";
    private static final String WITHIN_HOURS = PREFIX + "withinBusinessHours";

    private HandoffMarkers() {
    }

    /** The slots with {@code handoff} recorded. */
    static Map<String, String> record(Map<String, String> slots, Handoff handoff) {
        Map<String, String> marked = new HashMap<>(clear(slots));
        marked.put(QUEUE, handoff.queue());
        marked.put(TRIGGER, handoff.trigger().name());
        marked.put(REASON, handoff.reason());
        marked.put(PRIORITY, handoff.priority().name());
        if (handoff.ticketId() != null) {
            marked.put(TICKET, handoff.ticketId());
        }
        if (handoff.expectedResponseBy() != null) {
            marked.put(EXPECTED_BY, handoff.expectedResponseBy().toString());
        }
        marked.put(WITHIN_HOURS, Boolean.toString(handoff.withinBusinessHours()));
        return Map.copyOf(marked);
    }

    /** The slots without a recorded handoff, for a conversation reopened after it was resolved. */
    static Map<String, String> clear(Map<String, String> slots) {
        Map<String, String> cleared = new HashMap<>(slots);
        cleared.keySet().removeIf(key -> key.startsWith(PREFIX));
        return Map.copyOf(cleared);
    }

    /** The ticket of an earlier handoff, if one was opened. */
    static Optional<String> ticketId(Map<String, String> slots) {
        return Optional.ofNullable(slots.get(TICKET));
    }

    /** The recorded handoff, if the conversation was handed off. */
    static Optional<Handoff> handoff(Map<String, String> slots) {
        String queue = slots.get(QUEUE);
        if (queue == null) {
            return Optional.empty();
        }
        try {
            String expected = slots.get(EXPECTED_BY);
            return Optional.of(new Handoff(queue, HandoffTrigger.valueOf(slots.get(TRIGGER)),
                    slots.getOrDefault(REASON, "handed off"), Priority.valueOf(slots.get(PRIORITY)),
                    slots.get(TICKET), expected == null ? null : Instant.parse(expected),
                    Boolean.parseBoolean(slots.get(WITHIN_HOURS))));
        } catch (RuntimeException e) {
            // Slots edited by hand or by an older version: still a handoff, with what is known.
            return Optional.of(new Handoff(queue, HandoffTrigger.POLICY, "handed off", Priority.NORMAL,
                    slots.get(TICKET), null, false));
        }
    }
}
