package dev.parley.adapter.freshdesk;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freshdesk's {@code {{triggered_event}}}, a mini-syntax of its own (not JSON):
 * {@code {ticket_action:created}}, {@code {note_type:public}},
 * {@code {status:{from:2,to:4}}}, {@code {priority:{from:3,to:1}}}.
 *
 * @param name what changed, e.g. {@code status}, in lower case
 * @param value the plain value, e.g. {@code created}, or {@code null} for a change
 * @param from the old value of a change, or {@code null}
 * @param to the new value of a change, or {@code null}
 */
record TriggeredEvent(String name, String value, String from, String to) {

    private static final Pattern EVENT = Pattern.compile("\\{\\s*([A-Za-z_]+)\\s*:\\s*(.*?)\\s*}");
    private static final Pattern CHANGE = Pattern.compile("\\{\\s*from\\s*:\\s*([^,]*?)\\s*,\\s*to\\s*:\\s*([^}]*?)\\s*}");

    /** Reads the syntax; {@code null} when it is not that syntax. */
    static TriggeredEvent parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher event = EVENT.matcher(text.strip());
        if (!event.matches()) {
            return null;
        }
        String name = event.group(1).toLowerCase(Locale.ROOT);
        String value = event.group(2);
        Matcher change = CHANGE.matcher(value);
        if (change.matches()) {
            return new TriggeredEvent(name, null, emptyToNull(change.group(1)), emptyToNull(change.group(2)));
        }
        return new TriggeredEvent(name, emptyToNull(value.toLowerCase(Locale.ROOT)), null, null);
    }

    private static String emptyToNull(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() || stripped.equalsIgnoreCase("null") ? null : stripped;
    }
}
