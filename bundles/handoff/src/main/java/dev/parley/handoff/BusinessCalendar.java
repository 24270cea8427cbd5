package dev.parley.handoff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When the business is staffed: weekly opening hours in local time of a zone, minus holidays.
 * Opening hours are wall-clock times, so on the days clocks change an hour is gained or lost
 * exactly as staff experience it.
 */
final class BusinessCalendar {

    /** How far ahead to look for an open hour: more than a year, so a list of holidays cannot hide all. */
    private static final int SEARCH_DAYS = 400;

    /** Minutes of one day in [start, end), end at most 24:00. */
    record Window(int startMinute, int endMinute) {
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Window>> hours;
    private final Set<LocalDate> holidayDates;
    private final Set<MonthDay> yearlyHolidays;

    /**
     * @param hours windows per day, sorted and not overlapping; no day at all means always open
     */
    BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Window>> hours, Set<LocalDate> holidayDates,
            Set<MonthDay> yearlyHolidays) {
        this.zone = zone;
        this.hours = hours.isEmpty() ? Map.of() : new EnumMap<>(hours);
        this.holidayDates = Set.copyOf(holidayDates);
        this.yearlyHolidays = Set.copyOf(yearlyHolidays);
    }

    ZoneId zone() {
        return zone;
    }

    /** Whether the business is staffed at that moment. */
    boolean isOpen(Instant at) {
        if (alwaysOpen()) {
            return true;
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        if (isHoliday(day)) {
            return false;
        }
        for (Window window : windows(day)) {
            if (!at.isBefore(instant(day, window.startMinute())) && at.isBefore(instant(day, window.endMinute()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The moment when {@code amount} of business time has passed after {@code start}, or
     * {@code null} if the calendar has no open hour within more than a year.
     */
    Instant plusBusinessTime(Instant start, Duration amount) {
        if (alwaysOpen()) {
            return start.plus(amount);
        }
        Duration remaining = amount;
        // Windows end by 24:00 of their own day, so none of an earlier day reaches past start.
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (isHoliday(day)) {
                continue;
            }
            for (Window window : windows(day)) {
                Instant open = instant(day, window.startMinute());
                Instant close = instant(day, window.endMinute());
                Instant from = open.isBefore(start) ? start : open;
                if (!from.isBefore(close)) {
                    continue;
                }
                Duration available = Duration.between(from, close);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        return null;
    }

    private boolean alwaysOpen() {
        return hours.isEmpty();
    }

    private boolean isHoliday(LocalDate day) {
        return holidayDates.contains(day) || yearlyHolidays.contains(MonthDay.from(day));
    }

    private List<Window> windows(LocalDate day) {
        return hours.getOrDefault(day.getDayOfWeek(), List.of());
    }

    /** The instant of a wall-clock minute of a day; 24:00 is the start of the next day. */
    private Instant instant(LocalDate day, int minute) {
        if (minute == 24 * 60) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(day, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
    }
}
