package dev.parley.handoff;

import dev.parley.api.Priority;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-response targets per priority in business time, from {@code responseTargets}:
 * {@code urgent=1h, high=4h, normal=8h, low=24h}; durations as {@code 90m}, {@code 1h30m} or ISO
 * {@code PT1H30M}. A priority that is not configured keeps its default.
 */
final class ResponseTargets {

    static final String[] DEFAULTS = {"urgent=1h", "high=4h", "normal=8h", "low=24h"};

    private static final Pattern HOURS_MINUTES = Pattern.compile("(?:(\\d{1,5})h)?\\s*(?:(\\d{1,6})m)?",
            Pattern.CASE_INSENSITIVE);

    private final Map<Priority, Duration> targets;

    private ResponseTargets(Map<Priority, Duration> targets) {
        this.targets = targets;
    }

    static ResponseTargets read(String[] values, ConfigProblems problems) {
        Map<Priority, Duration> targets = new EnumMap<>(Priority.class);
        for (String entry : ConfigEntries.split(DEFAULTS)) {
            put(entry, targets, null);
        }
        for (String entry : ConfigEntries.split(values)) {
            put(entry, targets, problems);
        }
        return new ResponseTargets(targets);
    }

    Duration of(Priority priority) {
        return targets.get(priority);
    }

    private static void put(String entry, Map<Priority, Duration> targets, ConfigProblems problems) {
        int equals = entry.indexOf('=');
        try {
            if (equals <= 0) {
                throw new IllegalArgumentException("is not <priority>=<duration>, e.g. high=4h");
            }
            targets.put(RuleParser.priority(entry.substring(0, equals)), duration(entry.substring(equals + 1)));
        } catch (IllegalArgumentException e) {
            problems.add("responseTargets", entry, e.getMessage() + "; the default applies");
        }
    }

    private static Duration duration(String text) {
        String value = text.strip();
        if (value.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
            try {
                Duration duration = Duration.parse(value);
                if (!duration.isNegative()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // reported below with what is expected
            }
        } else {
            Matcher matcher = HOURS_MINUTES.matcher(value);
            if (!value.isEmpty() && matcher.matches()) {
                long hours = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
                long minutes = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
                return Duration.ofHours(hours).plusMinutes(minutes);
            }
        }
        throw new IllegalArgumentException("has duration '" + value + "', which is not hours and minutes of"
                + " business time such as 4h, 90m, 1h30m or PT1H30M");
    }
}
