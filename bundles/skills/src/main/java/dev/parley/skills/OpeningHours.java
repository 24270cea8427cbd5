package dev.parley.skills;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shop's weekly opening hours and holidays in its time zone, read from lines such as
 * {@code MON-FRI 09:00-18:00}, {@code SAT 10:00-13:00,14:00-16:00} and {@code 2026-12-25 Christmas Day}.
 */
final class OpeningHours {

    /** One opening period of a day; {@code end} is after {@code start}. */
    record Period(LocalTime start, LocalTime end) {
        boolean contains(LocalTime time) {
            return !time.isBefore(start) && time.isBefore(end);
        }

        @Override
        public String toString() {
            return start + "\u2013" + end;
        }
    }

    private static final Pattern WEEKLY = Pattern.compile("(?i)([a-z]{3})(?:\\s*-\\s*([a-z]{3}))?\\s+(.+)");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final int DAYS_AHEAD = 14;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Period>> weekly;
    private final Map<LocalDate, String> holidays;

    private OpeningHours(ZoneId zone, Map<DayOfWeek, List<Period>> weekly, Map<LocalDate, String> holidays) {
        this.zone = zone;
        this.weekly = weekly;
        this.holidays = holidays;
    }

    /**
     * Reads the configuration.
     *
     * @throws IllegalArgumentException naming the value that is wrong and how to write it
     */
    static OpeningHours parse(String timeZone, String[] weeklyLines, String[] holidayLines) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone '" + timeZone + "' is not a time zone; use a name like Europe/London", e);
        }
        Map<DayOfWeek, List<Period>> weekly = new EnumMap<>(DayOfWeek.class);
        // a .cfg file has no arrays: there the entries of one value are separated by ';'
        for (String line : entries(weeklyLines, ";")) {
            readWeekly(line, weekly);
        }
        Map<LocalDate, String> holidays = new HashMap<>();
        for (String line : entries(holidayLines, "[;,]")) {
            String[] parts = line.split("\\s+", 2);
            try {
                holidays.put(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : "holiday");
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("holiday '" + line + "' does not start with a date like 2026-12-25", e);
            }
        }
        return new OpeningHours(zone, weekly, holidays);
    }

    private static List<String> entries(String[] values, String separator) {
        List<String> entries = new ArrayList<>();
        for (String value : values) {
            for (String entry : value.split(separator)) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
        }
        return entries;
    }

    private static void readWeekly(String line, Map<DayOfWeek, List<Period>> weekly) {
        Matcher matcher = WEEKLY.matcher(line);
        String format = "; write it like 'MON-FRI 09:00-18:00' or 'SAT 10:00-13:00,14:00-16:00'";
        if (!matcher.matches()) {
            throw new IllegalArgumentException("weeklyHours '" + line + "' is not a day range with hours" + format);
        }
        int first = DAYS.indexOf(matcher.group(1).toUpperCase(Locale.ROOT));
        int last = matcher.group(2) == null ? first : DAYS.indexOf(matcher.group(2).toUpperCase(Locale.ROOT));
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("weeklyHours '" + line + "' has an unknown day or a backwards range" + format);
        }
        List<Period> periods = new ArrayList<>();
        for (String text : matcher.group(3).split(",")) {
            Matcher period = PERIOD.matcher(text.trim());
            if (!period.matches()) {
                throw new IllegalArgumentException("weeklyHours '" + line + "': '" + text.trim() + "' is not a period" + format);
            }
            LocalTime start;
            LocalTime end;
            try {
                start = LocalTime.parse(pad(period.group(1)));
                end = LocalTime.parse(pad(period.group(2)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("weeklyHours '" + line + "': '" + text.trim() + "' is not a time of day" + format, e);
            }
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("weeklyHours '" + line + "': the period " + text.trim() + " ends before it starts");
            }
            periods.add(new Period(start, end));
        }
        for (int day = first; day <= last; day++) {
            weekly.put(DayOfWeek.of(day + 1), List.copyOf(periods));
        }
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    ZoneId zone() {
        return zone;
    }

    /** The periods of a day: none on a holiday or a closed weekday. */
    List<Period> on(LocalDate date) {
        return holidays.containsKey(date) ? List.of() : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /** The holiday's name, if the day is one. */
    Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The period open at this moment, if any. */
    Optional<Period> openAt(ZonedDateTime time) {
        LocalDateTime local = time.withZoneSameInstant(zone).toLocalDateTime();
        return on(local.toLocalDate()).stream().filter(p -> p.contains(local.toLocalTime())).findFirst();
    }

    /** When the shop opens next after this moment, within two weeks. */
    Optional<LocalDateTime> nextOpening(ZonedDateTime time) {
        LocalDateTime local = time.withZoneSameInstant(zone).toLocalDateTime();
        for (int ahead = 0; ahead <= DAYS_AHEAD; ahead++) {
            LocalDate date = local.toLocalDate().plusDays(ahead);
            for (Period period : on(date)) {
                LocalDateTime start = date.atTime(period.start());
                if (start.isAfter(local)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }
}
