package dev.parley.assistant;

import dev.parley.api.handoff.Handoff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * What the customer reads when a person takes over: who, when (the time a person answers outside
 * business hours, in the business's time zone and the customer's language) and the ticket
 * reference.
 */
final class HandoffNotice {

    /** Quick replies after a handoff: what the customer may still add for the person. */
    static final List<String> QUICK_REPLIES = List.of("Add more details", "OK, thanks");

    private HandoffNotice() {
    }

    static String text(Handoff handoff, Instant now, ZoneId zone, Locale locale) {
        StringBuilder text = new StringBuilder();
        String team = team(handoff.queue());
        if (handoff.withinBusinessHours()) {
            text.append("I'm passing you to ").append(team)
                    .append(". A person will reply here shortly.");
        } else if (handoff.expectedResponseBy() != null) {
            text.append("I've passed your request to ").append(team).append(". They're not available right now;")
                    .append(" a person will reply here ")
                    .append(when(handoff.expectedResponseBy(), now, zone, locale)).append('.');
        } else {
            text.append("I've passed your request to ").append(team)
                    .append(". A person will reply here as soon as possible.");
        }
        if (handoff.ticketId() != null) {
            text.append(" Your reference is ").append(handoff.ticketId()).append('.');
        }
        return text.toString();
    }

    /** The notice when a ticket could not be opened: honest, and the message is kept. */
    static String notPassedOn() {
        return "I'm sorry, I couldn't reach our team just now, so no person has your request yet."
                + " Your messages are saved; please ask again for a person in a few minutes.";
    }

    static final List<String> RETRY_QUICK_REPLIES = List.of("Talk to a person", "Track my order");

    /** "our billing team" from queue names like "billing", "billing-team" or "Billing_Team". */
    static String team(String queue) {
        String name = queue.replace('_', ' ').replace('-', ' ').strip();
        return "our " + (name.toLowerCase(Locale.ROOT).endsWith("team") ? name : name + " team");
    }

    /**
     * "today at 09:00 CET", "tomorrow at 9:00 AM EST" or "on Monday 30 November at 09:00 CET": in
     * English like the rest of the text, with the clock and date order of the customer's country.
     */
    static String when(Instant at, Instant now, ZoneId zone, Locale locale) {
        Locale english = new Locale("en", locale.getCountry());
        ZonedDateTime time = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        DateTimeFormatter clockFormat = locale.getCountry().isEmpty() ? DateTimeFormatter.ofPattern("HH:mm")
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(english);
        // Plain spaces: some chat widgets show the narrow no-break space of "9:00 AM" as a box.
        String clock = clockFormat.format(time).replace('\u202f', ' ').replace('\u00a0', ' ')
                + " " + DateTimeFormatter.ofPattern("z", english).format(time);
        LocalDate day = time.toLocalDate();
        if (day.equals(today)) {
            return "today at " + clock;
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow at " + clock;
        }
        boolean monthFirst = "US".equals(locale.getCountry());
        String pattern = (monthFirst ? "EEEE, MMMM d" : "EEEE d MMMM")
                + (day.getYear() == today.getYear() ? "" : monthFirst ? ", yyyy" : " yyyy");
        return "on " + DateTimeFormatter.ofPattern(pattern, english).format(time) + " at " + clock;
    }
}
