package dev.parley.helpdesk;

import dev.parley.api.Priority;
import java.util.Locale;

/** Small readings of ticket fields that Zendesk and Freshdesk payloads share. */
public final class TicketText {

    private TicketText() {
    }

    /**
     * A new ticket's text for the assistant: its subject and its description, the subject left out
     * when the description already starts with it. The subject often says what the customer wants
     * ("Refund for order 100234"), so it helps the intent.
     *
     * @param subject the subject, or {@code null}
     * @param description the description as plain text, or {@code null}
     * @return the text; {@code null} when both are missing
     */
    public static String join(String subject, String description) {
        String s = subject == null || subject.isBlank() ? null : subject.strip();
        String d = description == null || description.isBlank() ? null : description.strip();
        if (s == null || d == null) {
            return d != null ? d : s;
        }
        return d.startsWith(s) ? d : s + "\n\n" + d;
    }

    /**
     * A helpdesk's priority label as Parley's priority: {@code low}, {@code normal} or
     * {@code medium}, {@code high}, {@code urgent}, ignoring case.
     *
     * @param label the label, or {@code null}
     * @return the priority, or {@code null} for a missing or unknown label
     */
    public static Priority priority(String label) {
        if (label == null) {
            return null;
        }
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "low" -> Priority.LOW;
            case "normal", "medium" -> Priority.NORMAL;
            case "high" -> Priority.HIGH;
            case "urgent" -> Priority.URGENT;
            default -> null;
        };
    }
}
