package dev.parley.api.analytics;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Ratings and figures of the service Parley gives, read from the conversation store.
 *
 * <p>Every method throws {@link dev.parley.api.store.StoreUnavailableException} when the database
 * cannot be reached; then nothing was changed.
 */
@ProviderType
public interface ServiceAnalytics {

    /** The lowest rating a customer can give. */
    int MIN_RATING = 1;
    /** The highest rating a customer can give. */
    int MAX_RATING = 5;
    /** The most days {@link #daily(Instant, Instant)} answers at once: a year and a day. */
    int MAX_DAILY_DAYS = 367;

    /**
     * Records the customer's rating of a conversation. A conversation has at most one rating:
     * a second one replaces the first (the customer changed their mind).
     *
     * @param conversationId the conversation; not {@code null}
     * @param rating from {@link #MIN_RATING} to {@link #MAX_RATING}
     * @param comment the customer's comment, or {@code null}
     * @return what happened
     * @throws IllegalArgumentException if the rating is outside 1–5
     */
    RatingOutcome rate(String conversationId, int rating, String comment);

    /**
     * The figures of conversations started, decisions taken and ratings given in a period.
     *
     * @param from the start, inclusive; not {@code null}
     * @param to the end, exclusive; not before {@code from}
     * @return the summary
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    AnalyticsSummary summary(Instant from, Instant to);

    /**
     * The figures of each UTC day that overlaps a period, oldest first, days without data
     * included (with zero counts): conversations started, decisions taken and ratings given in
     * the period, per day.
     *
     * @param from the start, inclusive; not {@code null}
     * @param to the end, exclusive; not before {@code from}
     * @return one entry per day; empty when {@code from} equals {@code to}
     * @throws IllegalArgumentException if {@code from} is after {@code to}, or the period spans
     *     more than {@link #MAX_DAILY_DAYS} days
     * @since 1.1
     */
    List<DailyFigures> daily(Instant from, Instant to);
}
