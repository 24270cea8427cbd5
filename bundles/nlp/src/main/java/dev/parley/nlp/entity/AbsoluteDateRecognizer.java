package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written out, reported as ISO-8601 {@code yyyy-MM-dd}:
 * <ul>
 * <li>year first, always year-month-day: "2026-11-03", "2026/11/03";
 * <li>numeric with the year last: "03/11/2026", "3.11.2026", "03-11-26" (two-digit years are
 *     20xx); the day comes first when the shop configured {@code dayFirst} (the default), the month
 *     otherwise — unless only the other order gives a valid date ("11/25/2026");
 * <li>with an English month name, full or abbreviated: "3 November", "3rd of Nov 2026",
 *     "November 3rd", "Nov 3, 2026".
 * </ul>
 * A date without a year is the latest such day at most six months after the reference date: on
 * 2026-11-18, "3 November" is 2026-11-03, "3 January" is 2027-01-03 and "20 May" 2026-05-20.
 * Impossible dates ("31 February") are not dates.
 */
final class AbsoluteDateRecognizer implements SpanRecognizer {

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})";
    private static final String MONTH_ABBREVIATIONS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>\\d{4})(?!\\d)";

    // Numeric dates stand alone: not inside "1.2.3.4" or a longer number.
    private static final String NUMERIC_START = "(?<![\\d.\\-/])";
    private static final String NUMERIC_END = "(?!\\d|[.\\-/]\\d)";
    private static final Pattern YEAR_FIRST = Pattern.compile(NUMERIC_START
            + "(?<year>\\d{4})(?<sep>[\\-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})" + NUMERIC_END);
    private static final Pattern YEAR_LAST = Pattern.compile(NUMERIC_START
            + "(?<a>\\d{1,2})(?<sep>[\\-/.])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})" + NUMERIC_END);
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(?<![\\p{L}\\d])" + DAY
            + "(?:\\s{1,3}of)?[\\s.\\-]{1,3}" + MONTH + "(?:[\\s,.\\-]{1,3}" + YEAR + ")?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(?<![\\p{L}\\d])" + MONTH
            + "\\.?\\s{0,3}" + DAY + "(?![\\p{L}\\d])(?:,?\\s{1,3}" + YEAR + ")?");

    private static final int YEARLESS_MONTHS_AHEAD = 6;
    private static final double WRITTEN_OUT = 0.95;
    private static final double UNAMBIGUOUS_NUMERIC = 0.9;
    private static final double OTHER_ORDER = 0.8;
    private static final double AMBIGUOUS_NUMERIC = 0.75;

    private final boolean dayFirst;

    /** @param dayFirst whether numeric dates with the year last put the day first */
    AbsoluteDateRecognizer(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    @Override
    public void findAll(String text, LocalDate today, List<Entity> found) {
        Matcher matcher = YEAR_FIRST.matcher(text);
        while (matcher.find()) {
            LocalDate date = dateOf(number(matcher, "year"), number(matcher, "month"), number(matcher, "day"));
            add(found, matcher, date, WRITTEN_OUT);
        }
        matcher = YEAR_LAST.matcher(text);
        while (matcher.find()) {
            addYearLast(found, matcher);
        }
        for (Pattern named : List.of(DAY_MONTH, MONTH_DAY)) {
            matcher = named.matcher(text);
            while (matcher.find()) {
                int month = monthOf(matcher.group("month"));
                int day = number(matcher, "day");
                LocalDate date = matcher.group("year") != null
                        ? dateOf(number(matcher, "year"), month, day)
                        : latestUpTo(month, day, today.plusMonths(YEARLESS_MONTHS_AHEAD));
                add(found, matcher, date, WRITTEN_OUT);
            }
        }
    }

    private void addYearLast(List<Entity> found, Matcher matcher) {
        int year = number(matcher, "year") + (matcher.group("year").length() == 2 ? 2000 : 0);
        int first = number(matcher, "a");
        int second = number(matcher, "b");
        LocalDate preferred = dayFirst ? dateOf(year, second, first) : dateOf(year, first, second);
        LocalDate other = dayFirst ? dateOf(year, first, second) : dateOf(year, second, first);
        if (preferred == null) {
            add(found, matcher, other, OTHER_ORDER);
        } else {
            add(found, matcher, preferred, other == null || other.equals(preferred)
                    ? UNAMBIGUOUS_NUMERIC : AMBIGUOUS_NUMERIC);
        }
    }

    /** The latest valid {@code month}/{@code day} not after {@code limit}; a 29 February may be years back. */
    static LocalDate latestUpTo(int month, int day, LocalDate limit) {
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return null;
        }
        for (int year = limit.getYear(); year > limit.getYear() - 8; year--) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(limit)) {
                return monthDay.atYear(year);
            }
        }
        return null;
    }

    private static LocalDate dateOf(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void add(List<Entity> found, Matcher matcher, LocalDate date, double confidence) {
        if (date != null) {
            found.add(new Entity(EntityTypes.DATE, date.toString(), matcher.group(),
                    matcher.start(), matcher.end(), confidence));
        }
    }

    /** 1 for "jan", "January" or "JAN" ... */
    private static int monthOf(String name) {
        return MONTH_ABBREVIATIONS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }

    private static int number(Matcher matcher, String group) {
        return Integer.parseInt(matcher.group(group));
    }
}
