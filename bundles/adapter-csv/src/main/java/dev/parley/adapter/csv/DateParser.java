package dev.parley.adapter.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the dates of an export: ISO-8601 with an offset ({@code 2023-06-01T12:15:36Z}) always,
 * then the configured patterns in order. A date-time without an offset is in the configured time
 * zone; a date alone is the start of that day.
 */
final class DateParser {

    private final List<DateTimeFormatter> formats;
    private final ZoneId zone;

    /**
     * @throws IllegalArgumentException if a pattern is not a valid {@link DateTimeFormatter} pattern
     */
    DateParser(List<String> patterns, ZoneId zone) {
        List<DateTimeFormatter> formats = new ArrayList<>();
        formats.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        for (String pattern : patterns) {
            if (!pattern.isBlank()) {
                formats.add(DateTimeFormatter.ofPattern(pattern.strip(), Locale.ROOT));
            }
        }
        this.formats = List.copyOf(formats);
        this.zone = zone;
    }

    /**
     * @return the instant, or {@code null} for a blank value
     * @throws DateTimeParseException if no format reads the value
     */
    Instant parse(String value) {
        if (value.isBlank()) {
            return null;
        }
        String text = value.strip();
        for (DateTimeFormatter format : formats) {
            try {
                TemporalAccessor parsed = format.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
                if (parsed instanceof OffsetDateTime offset) {
                    return offset.toInstant();
                }
                if (parsed instanceof LocalDateTime local) {
                    return local.atZone(zone).toInstant();
                }
                return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new DateTimeParseException("no configured date format reads it", text, 0);
    }
}
