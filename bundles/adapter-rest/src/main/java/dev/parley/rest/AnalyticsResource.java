package dev.parley.rest;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.google.gson.JsonObject;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.RatingOutcome;
import dev.parley.api.analytics.ServiceAnalytics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /api/v1/conversations/{id}/rating}, {@code GET /api/v1/analytics/summary}
 * (JSON, or CSV with {@code Accept: text/csv} or at {@code /analytics/summary.csv}) and
 * {@code GET /api/v1/analytics/daily}.
 */
final class AnalyticsResource {

    static final int MAX_COMMENT_CHARS = 2000;

    private final ParleyServices services;
    private final Settings settings;
    private final Clock clock;

    AnalyticsResource(ParleyServices services, Settings settings, Clock clock) {
        this.services = services;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records the customer's rating; a second one replaces the first. */
    JsonObject rate(String conversationId, JsonFields body) {
        int rating = body.requiredInt("rating", ServiceAnalytics.MIN_RATING, ServiceAnalytics.MAX_RATING);
        String comment = body.optionalString("comment", MAX_COMMENT_CHARS);
        RatingOutcome outcome = analytics().rate(conversationId, rating, comment);
        if (outcome == RatingOutcome.UNKNOWN_CONVERSATION) {
            throw ConversationsResource.unknown(conversationId);
        }
        JsonObject json = new JsonObject();
        json.addProperty("conversationId", conversationId);
        json.addProperty("rating", rating);
        json.addProperty("replaced", outcome == RatingOutcome.REPLACED);
        return json;
    }

    JsonObject summary(HttpServletRequest request) {
        return SummaryJson.of(read(request));
    }

    void writeCsv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AnalyticsSummary summary = read(request);
        response.setStatus(200);
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"parley-summary.csv\"");
        SummaryCsv.write(summary, response.getWriter());
    }

    /** The figures per UTC day of the period, for trends; at most {@link ServiceAnalytics#MAX_DAILY_DAYS} days. */
    JsonObject daily(HttpServletRequest request) {
        SummaryPeriod period = SummaryPeriod.of(request.getParameter("from"), request.getParameter("to"), clock);
        long days = period.from().equals(period.to()) ? 0 : ChronoUnit.DAYS.between(day(period.from()),
                day(period.to().minusNanos(1))) + 1;
        if (days > ServiceAnalytics.MAX_DAILY_DAYS) {
            throw ProblemException.invalidField("from", "the period from " + period.from() + " to " + period.to()
                    + " spans " + days + " days (UTC); ask for at most " + ServiceAnalytics.MAX_DAILY_DAYS + " at once");
        }
        return DailyJson.of(period.from(), period.to(), analytics().daily(period.from(), period.to()));
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static boolean wantsCsv(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    private AnalyticsSummary read(HttpServletRequest request) {
        SummaryPeriod period = SummaryPeriod.of(request.getParameter("from"), request.getParameter("to"), clock);
        return analytics().summary(period.from(), period.to());
    }

    private ServiceAnalytics analytics() {
        return services.analytics().orElseThrow(() -> ProblemException.unavailable(
                "analytics are not running; check /system/health (bundle dev.parley.analytics)",
                settings.retryAfterSeconds()));
    }
}
