package dev.parley.api.analytics;

import java.time.LocalDate;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The figures of one UTC day of a period, for trends; the same definitions as the
 * {@link AnalyticsSummary}'s, restricted to that day (and to the period, for its first and last day).
 *
 * @param day the day (UTC)
 * @param conversations conversations started that day
 * @param contained those no person took part in
 * @param handoffs those handed to a person
 * @param decisions decisions taken that day (one per customer message)
 * @param averageSentiment their mean sentiment score in [-1, 1], or {@code null} without decisions
 * @param negative decisions labelled {@code negative}
 * @param ratings ratings given that day
 * @param averageRating their mean (1–5), or {@code null} without ratings
 */
@ProviderType
public record DailyFigures(
        LocalDate day,
        long conversations,
        long contained,
        long handoffs,
        long decisions,
        Double averageSentiment,
        long negative,
        long ratings,
        Double averageRating) {

    public DailyFigures {
        Objects.requireNonNull(day, "day");
    }

    /**
     * {@code contained / conversations}.
     *
     * @return the containment rate, or {@code null} without conversations
     */
    public Double containmentRate() {
        return conversations == 0 ? null : (double) contained / conversations;
    }
}
