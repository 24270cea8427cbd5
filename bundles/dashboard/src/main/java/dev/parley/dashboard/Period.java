package dev.parley.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

/**
 * The period the dashboard shows: today, or the last 7 or 30 days including today, in whole UTC
 * days, so that the figures are those of the REST summary for the same dates
 * ({@code from=<first day>&to=<today>}).
 *
 * @param name {@code today}, {@code 7d} or {@code 30d}
 * @param firstDay the first day, included
 * @param lastDay the last day (today), included
 */
record Period(String name, LocalDate firstDay, LocalDate lastDay) {

    static final String DEFAULT = "7d";

    static Period of(String name, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String chosen = name == null || name.isBlank() ? DEFAULT : name.strip();
        return switch (chosen) {
            case "today" -> new Period(chosen, today, today);
            case "7d" -> new Period(chosen, today.minusDays(6), today);
            case "30d" -> new Period(chosen, today.minusDays(29), today);
            default -> throw new ApiProblem(400, "Bad Request", "period must be today, 7d or 30d", "period");
        };
    }

    Instant from() {
        return firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end, excluded: the start of the day after the last. */
    Instant to() {
        return lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("name", name);
        json.addProperty("firstDay", firstDay.toString());
        json.addProperty("lastDay", lastDay.toString());
        json.addProperty("from", from().toString());
        json.addProperty("to", to().toString());
        return json;
    }
}
