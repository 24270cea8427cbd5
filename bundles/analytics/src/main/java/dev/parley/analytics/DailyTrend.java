package dev.parley.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;
import dev.parley.api.analytics.DailyFigures;
import dev.parley.api.analytics.ServiceAnalytics;

/** Joins the per-day volumes, sentiment and ratings into one entry per UTC day of a period. */
final class DailyTrend {

    private DailyTrend() {
    }

    /** @throws IllegalArgumentException if the period is reversed or longer than the daily limit */
    static void check(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        long days = days(from, to).size();
        if (days > ServiceAnalytics.MAX_DAILY_DAYS) {
            throw new IllegalArgumentException("the period spans " + days + " days; ask for at most "
                    + ServiceAnalytics.MAX_DAILY_DAYS + " days at once");
        }
    }

    static List<DailyFigures> join(Instant from, Instant to, Map<LocalDate, AnalyticsQueries.Volume> volumes,
            List<DailySentiment> sentiment, Map<LocalDate, AnalyticsQueries.DayRatings> ratings) {
        Map<LocalDate, DailySentiment> sentimentByDay = new HashMap<>();
        sentiment.forEach(day -> sentimentByDay.put(day.day(), day));
        List<DailyFigures> figures = new ArrayList<>();
        for (LocalDate day : days(from, to)) {
            AnalyticsQueries.Volume volume = volumes.getOrDefault(day, new AnalyticsQueries.Volume(0, 0, 0));
            DailySentiment mood = sentimentByDay.get(day);
            AnalyticsQueries.DayRatings rated = ratings.get(day);
            figures.add(new DailyFigures(day, volume.conversations(), volume.contained(), volume.handoffs(),
                    mood == null ? 0 : mood.messages(), mood == null ? null : mood.averageScore(),
                    mood == null ? 0 : mood.negative(), rated == null ? 0 : rated.ratings(),
                    rated == null ? null : (double) rated.sum() / rated.ratings()));
        }
        return figures;
    }

    /** The UTC days that overlap [from, to): none when the period is empty. */
    private static List<LocalDate> days(Instant from, Instant to) {
        List<LocalDate> days = new ArrayList<>();
        if (!from.isBefore(to)) {
            return days;
        }
        LocalDate last = to.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = from.atOffset(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last)
                && days.size() <= ServiceAnalytics.MAX_DAILY_DAYS; day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
