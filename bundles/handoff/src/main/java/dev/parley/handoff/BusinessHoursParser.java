package dev.parley.handoff;

import dev.parley.handoff.BusinessCalendar.Window;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the business-hours properties into a {@link BusinessCalendar}: {@code timeZone},
 * {@code openingHours} ({@code mon-fri 09:00-17:00}, {@code sat 10:00-14:00}; several windows in
 * one entry: {@code mon 08:00-12:00 13:00-17:00}) and {@code holidays} ({@code 2026-12-24},
 * {@code 12-25} for every year, {@code 2026-12-24..2027-01-01} for a range). Invalid entries are
 * reported and skipped.
 */
final class BusinessHoursParser {

    static final String DEFAULT_TIME_ZONE = "Europe/Berlin";
    static final String[] DEFAULT_OPENING_HOURS = {"mon-fri 09:00-17:00", "sat 10:00-14:00"};

    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");
    private static final Pattern DAY_RANGE = Pattern.compile("([a-z]+)(?:-([a-z]+))?");
    private static final Pattern DATE_RANGE = Pattern.compile("(\\S+)\\s*\\.\\.\\s*(\\S+)");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    private static final int MAX_RANGE_DAYS = 366;

    private final ConfigProblems problems;

    BusinessHoursParser(ConfigProblems problems) {
        this.problems = problems;
    }

    BusinessCalendar read(String timeZone, String[] openingHours, String[] holidays) {
        Set<LocalDate> dates = new HashSet<>();
        Set<MonthDay> yearly = new HashSet<>();
        for (String entry : ConfigEntries.split(holidays)) {
            holiday(entry, dates, yearly);
        }
        return new BusinessCalendar(zone(timeZone), hours(openingHours), dates, yearly);
    }

    private ZoneId zone(String timeZone) {
        String id = timeZone == null ? "" : timeZone.strip();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            problems.add("timeZone '" + id + "' is not a time zone; using " + DEFAULT_TIME_ZONE
                    + ": write a region id such as Europe/Berlin or America/New_York");
            return ZoneId.of(DEFAULT_TIME_ZONE);
        }
    }

    /** Windows per day; empty (always open) only when nothing is configured. */
    private Map<DayOfWeek, List<Window>> hours(String[] openingHours) {
        List<String> entries = ConfigEntries.split(openingHours);
        Map<DayOfWeek, List<Window>> hours = new EnumMap<>(DayOfWeek.class);
        for (String entry : entries) {
            addEntry(entry, hours);
        }
        if (!entries.isEmpty() && hours.isEmpty()) {
            problems.add("openingHours has no valid entry; using " + String.join(", ", DEFAULT_OPENING_HOURS)
                    + " (leave it empty for a service that is staffed around the clock)");
            for (String entry : DEFAULT_OPENING_HOURS) {
                addEntry(entry, hours);
            }
        }
        hours.replaceAll((day, windows) -> merged(windows));
        return hours;
    }

    private void addEntry(String entry, Map<DayOfWeek, List<Window>> hours) {
        String[] parts = entry.toLowerCase(Locale.ROOT).split("\\s+");
        try {
            List<DayOfWeek> days = days(parts[0]);
            if (parts.length < 2) {
                throw new IllegalArgumentException("has no hours: write e.g. 'mon-fri 09:00-17:00'");
            }
            List<Window> windows = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                windows.add(window(parts[i]));
            }
            days.forEach(day -> hours.computeIfAbsent(day, d -> new ArrayList<>()).addAll(windows));
        } catch (IllegalArgumentException e) {
            problems.add("openingHours", entry, e.getMessage() + "; skipped");
        }
    }

    private static List<DayOfWeek> days(String text) {
        Matcher range = DAY_RANGE.matcher(text);
        if (!range.matches()) {
            throw new IllegalArgumentException("does not start with a day or a range of days such as mon-fri");
        }
        DayOfWeek first = day(range.group(1));
        DayOfWeek last = range.group(2) == null ? first : day(range.group(2));
        List<DayOfWeek> days = new ArrayList<>();
        for (DayOfWeek day = first; ; day = day.plus(1)) { // fri-mon wraps over the weekend
            days.add(day);
            if (day == last) {
                return days;
            }
        }
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            if (name.length() >= 3 && full.startsWith(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException("has day '" + name + "': write mon, tue, wed, thu, fri, sat or sun");
    }

    private static Window window(String text) {
        Matcher window = WINDOW.matcher(text);
        if (!window.matches()) {
            throw new IllegalArgumentException("has '" + text + "', which is not a time range such as 09:00-17:00");
        }
        int start = minute(window.group(1), window.group(2), text);
        int end = minute(window.group(3), window.group(4), text);
        if (start >= 24 * 60 || end <= start) {
            throw new IllegalArgumentException("has '" + text + "', which does not end after it starts on the same"
                    + " day: split hours past midnight into two entries, ending at 24:00 and starting at 00:00");
        }
        return new Window(start, end);
    }

    private static int minute(String hours, String minutes, String text) {
        int hour = Integer.parseInt(hours);
        int minute = Integer.parseInt(minutes);
        if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) {
            throw new IllegalArgumentException("has '" + text + "', whose times are not between 00:00 and 24:00");
        }
        return hour * 60 + minute;
    }

    /** Sorted, with overlapping or touching windows joined, so each open hour counts once. */
    private static List<Window> merged(List<Window> windows) {
        List<Window> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingInt(Window::startMinute));
        List<Window> merged = new ArrayList<>();
        for (Window window : sorted) {
            Window last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && window.startMinute() <= last.endMinute()) {
                merged.set(merged.size() - 1,
                        new Window(last.startMinute(), Math.max(last.endMinute(), window.endMinute())));
            } else {
                merged.add(window);
            }
        }
        return List.copyOf(merged);
    }

    private void holiday(String entry, Set<LocalDate> dates, Set<MonthDay> yearly) {
        try {
            Matcher range = DATE_RANGE.matcher(entry);
            if (range.matches()) {
                LocalDate first = LocalDate.parse(range.group(1));
                LocalDate last = LocalDate.parse(range.group(2));
                if (last.isBefore(first) || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
                    problems.add("holidays", entry, "is not a range of up to " + MAX_RANGE_DAYS
                            + " days from the earlier to the later date; skipped");
                    return;
                }
                first.datesUntil(last.plusDays(1)).forEach(dates::add);
            } else if (MONTH_DAY.matcher(entry).matches()) {
                yearly.add(MonthDay.parse("--" + entry));
            } else {
                dates.add(LocalDate.parse(entry));
            }
        } catch (DateTimeParseException e) {
            problems.add("holidays", entry, "is not a date (2026-12-24), a day of every year (12-25) or a range"
                    + " (2026-12-24..2027-01-01); skipped");
        }
    }
}
