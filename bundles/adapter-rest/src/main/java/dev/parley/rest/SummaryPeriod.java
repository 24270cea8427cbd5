package dev.parley.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The period of an analytics request from its {@code from} and {@code to} parameters: ISO dates
 * (whole days in UTC, {@code to} included) or instants; the last 30 days when left out.
 *
 * @param from the start, inclusive
 * @param to the end, exclusive
 */
record SummaryPeriod(Instant from, Instant to) {

    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

    static SummaryPeriod of(String from, String to, Clock clock) {
        Instant end = isAbsent(to) ? clock.instant() : parse("to", to, true);
        Instant start = isAbsent(from) ? end.minus(DEFAULT_LENGTH) : parse("from", from, false);
        if (start.isAfter(end)) {
            throw ProblemException.invalidField("from", "from (" + start + ") is after to (" + end
                    + "); send from before to");
        }
        return new SummaryPeriod(start, end);
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    /** A date means the start of that day, or for {@code to} the end of it, so both days count. */
    private static Instant parse(String name, String value, boolean endOfDay) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, name + " must be an ISO date such as 2026-03-01 or an instant "
                    + "such as 2026-03-01T09:30:00Z; got " + quoted(text));
        }
    }

    private static String quoted(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + shown.replaceAll("[^\\x20-\\x7e]", "?") + "\"";
    }
}
