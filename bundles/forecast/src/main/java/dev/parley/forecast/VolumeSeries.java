package dev.parley.forecast;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.parley.api.forecast.Granularity;

/**
 * Counts per local hour or day of a time zone, zero-filled, from {@code start} on. Hours are
 * wall-clock hours, so that a season of 24 stays aligned with the clock across daylight saving
 * changes: the hour skipped in spring counts 0, the repeated hour in autumn counts both.
 *
 * @param granularity hours or days
 * @param zone the time zone the periods are local to
 * @param start the first period, truncated to its hour or day
 * @param counts the count of each period from {@code start} on
 */
record VolumeSeries(Granularity granularity, ZoneId zone, LocalDateTime start, double[] counts) {

    /**
     * The series from the first period with a count up to {@code end} (exclusive), zero-filled;
     * empty, starting at {@code end}, when no period has a count.
     *
     * @param counts counts per period start (truncated to its hour or day)
     */
    static VolumeSeries of(Granularity granularity, ZoneId zone, Map<LocalDateTime, Long> counts, LocalDateTime end) {
        LocalDateTime first = counts.keySet().stream().filter(period -> period.isBefore(end)).min(LocalDateTime::compareTo)
                .orElse(end);
        int length = (int) unit(granularity).between(first, end);
        double[] values = new double[length];
        counts.forEach((period, count) -> {
            int index = (int) unit(granularity).between(first, period);
            if (index >= 0 && index < length) {
                values[index] += count;
            }
        });
        return new VolumeSeries(granularity, zone, first, values);
    }

    static ChronoUnit unit(Granularity granularity) {
        return granularity == Granularity.HOUR ? ChronoUnit.HOURS : ChronoUnit.DAYS;
    }

    /** The local period {@code index} periods after the start (negative: before). */
    LocalDateTime period(long index) {
        return start.plus(index, unit(granularity));
    }

    /** The local period that holds an instant. */
    static LocalDateTime periodOf(Granularity granularity, ZoneId zone, Instant instant) {
        return LocalDateTime.ofInstant(instant, zone).truncatedTo(unit(granularity));
    }

    /** Whether a local period exists in the zone: not an hour skipped by a daylight saving change. */
    boolean exists(LocalDateTime period) {
        return granularity == Granularity.DAY || !zone.getRules().getValidOffsets(period).isEmpty();
    }

    /** The instant a local period starts (the earlier one of a repeated hour; a day's first moment). */
    Instant startOf(LocalDateTime period) {
        if (granularity == Granularity.DAY) {
            return period.toLocalDate().atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.ofLocal(period, zone, null).toInstant();
    }
}
