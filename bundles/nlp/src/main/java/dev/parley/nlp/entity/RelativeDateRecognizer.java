package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English dates relative to the reference date ("today" below), reported as ISO-8601:
 * <ul>
 * <li>"today", "tonight", "yesterday", "tomorrow", "the day before yesterday", "the day after
 *     tomorrow";
 * <li>"last Friday" / "past Friday": the latest Friday before today (a week ago when today is
 *     Friday); "next Friday" / "coming Friday": the first Friday after today; "this Friday": the
 *     Friday of this week (weeks run Monday to Sunday);
 * <li>"by / until / before Friday": the first Friday from today on; "on Friday", "since Friday" or
 *     a bare "Friday": the latest Friday up to today, because customers mostly report what has
 *     happened — "on Friday" is the weakest of these guesses and says so in its confidence;
 * <li>"2 days ago", "a week ago", "three months ago"; "in 2 days", "in a week";
 * <li>"last / this / next week": the Monday of that week; "last / this / next month": its first day.
 * </ul>
 * A preposition ("on", "by") steers the resolution but is not part of the entity's text.
 */
final class RelativeDateRecognizer implements SpanRecognizer {

    private static final Pattern NAMED_DAY = Pattern.compile("(?i)(?<!\\p{L})(?:"
            + "the\\s{1,3}day\\s{1,3}before\\s{1,3}yesterday|the\\s{1,3}day\\s{1,3}after\\s{1,3}tomorrow"
            + "|today|tonight|yesterday|tomorrow)(?!\\p{L})");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?<!\\p{L})(?:(?<preposition>on|by|until|till|before"
            + "|since)\\s{1,3})?(?<expression>(?:(?<modifier>this\\s{1,3}coming|last|past|next|coming|this)\\s{1,3})?"
            + "(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?!\\p{L})");
    private static final Pattern COUNT_AGO = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:(?<in>in)\\s{1,3})?"
            + "(?<count>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s{1,3}"
            + "(?<unit>days?|weeks?|months?)(?:\\s{1,3}(?<ago>ago))?(?!\\p{L})");
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)(?<!\\p{L})(?<modifier>last|this|next)\\s{1,3}(?<unit>week|month)(?!\\p{L})");

    private static final Set<String> DEADLINE_PREPOSITIONS = Set.of("by", "until", "till", "before");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    @Override
    public void findAll(String text, LocalDate today, List<Entity> found) {
        Matcher matcher = NAMED_DAY.matcher(text);
        while (matcher.find()) {
            add(found, matcher, namedDay(lower(matcher.group()), today), 0.95);
        }
        matcher = WEEKDAY.matcher(text);
        while (matcher.find()) {
            addWeekday(found, matcher, today);
        }
        matcher = COUNT_AGO.matcher(text);
        while (matcher.find()) {
            // "2 days" alone is a duration, not a date: only "in 2 days" or "2 days ago" are.
            if ((matcher.group("in") != null) != (matcher.group("ago") != null)) {
                int count = countOf(lower(matcher.group("count")));
                long signed = matcher.group("ago") != null ? -count : count;
                String unit = lower(matcher.group("unit"));
                LocalDate date = unit.startsWith("day") ? today.plusDays(signed)
                        : unit.startsWith("week") ? today.plusWeeks(signed) : today.plusMonths(signed);
                add(found, matcher, date, 0.9);
            }
        }
        matcher = PERIOD.matcher(text);
        while (matcher.find()) {
            String modifier = lower(matcher.group("modifier"));
            long shift = modifier.equals("last") ? -1 : modifier.equals("next") ? 1 : 0;
            LocalDate date = lower(matcher.group("unit")).equals("week")
                    ? today.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : today.plusMonths(shift).withDayOfMonth(1);
            add(found, matcher, date, 0.85);
        }
    }

    private static LocalDate namedDay(String words, LocalDate today) {
        if (words.startsWith("the")) {
            return words.endsWith("yesterday") ? today.minusDays(2) : today.plusDays(2);
        }
        return switch (words) {
            case "yesterday" -> today.minusDays(1);
            case "tomorrow" -> today.plusDays(1);
            default -> today;
        };
    }

    private static void addWeekday(List<Entity> found, Matcher matcher, LocalDate today) {
        DayOfWeek day = DayOfWeek.valueOf(matcher.group("day").toUpperCase(Locale.ROOT));
        String modifier = matcher.group("modifier") == null ? "" : lower(matcher.group("modifier"));
        String preposition = matcher.group("preposition") == null ? "" : lower(matcher.group("preposition"));
        LocalDate date;
        double confidence = 0.9;
        if (modifier.equals("last") || modifier.equals("past")) {
            date = today.with(TemporalAdjusters.previous(day));
        } else if (modifier.endsWith("coming") || modifier.equals("next")) {
            date = today.with(TemporalAdjusters.next(day));
        } else if (modifier.equals("this")) {
            date = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(day.getValue() - 1L);
            confidence = 0.85;
        } else if (DEADLINE_PREPOSITIONS.contains(preposition)) {
            date = today.with(TemporalAdjusters.nextOrSame(day));
            confidence = 0.8;
        } else {
            date = today.with(TemporalAdjusters.previousOrSame(day));
            confidence = 0.7;
        }
        found.add(new Entity(EntityTypes.DATE, date.toString(), matcher.group("expression"),
                matcher.start("expression"), matcher.end("expression"), confidence));
    }

    private static int countOf(String count) {
        Integer word = NUMBER_WORDS.get(count);
        return word != null ? word : Integer.parseInt(count);
    }

    private static void add(List<Entity> found, Matcher matcher, LocalDate date, double confidence) {
        found.add(new Entity(EntityTypes.DATE, date.toString(), matcher.group(), matcher.start(), matcher.end(),
                confidence));
    }

    private static String lower(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
