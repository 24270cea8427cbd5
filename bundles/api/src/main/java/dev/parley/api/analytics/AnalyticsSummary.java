package dev.parley.api.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The service figures of a period; the README's analytics section defines each one.
 *
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 * @param conversations conversations started in the period
 * @param firstResponse time from a conversation's first customer message to the first answer
 * @param resolution time from a conversation's start to its resolution, for resolved ones
 * @param contained conversations of the period that never reached a person
 * @param containmentRate {@code contained / conversations}, or {@code null} without conversations
 * @param handoffs conversations of the period handed to a person
 * @param handoffRate {@code handoffs / conversations}, or {@code null} without conversations
 * @param handoffsByReason handed-off conversations per trigger
 * @param handoffsByQueue handed-off conversations per queue
 * @param ticketsOpened tickets opened by decisions of the period
 * @param intentVolume decisions of the period per intent, most frequent first
 * @param sentimentTrend the average sentiment of customer messages per day (UTC), oldest first
 * @param csat the ratings given in the period
 * @param returningCustomers customers of the period who had more than one conversation so far
 * @param costs what the period's conversations cost and saved
 * @param sla each configured target with the measured value
 */
@ProviderType
public record AnalyticsSummary(
        Instant from,
        Instant to,
        long conversations,
        Durations firstResponse,
        Durations resolution,
        long contained,
        Double containmentRate,
        long handoffs,
        Double handoffRate,
        Map<String, Long> handoffsByReason,
        Map<String, Long> handoffsByQueue,
        long ticketsOpened,
        Map<String, Long> intentVolume,
        List<DailySentiment> sentimentTrend,
        Csat csat,
        Returning returningCustomers,
        Costs costs,
        List<SlaStatus> sla) {

    public AnalyticsSummary {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        handoffsByReason = handoffsByReason == null ? Map.of() : copy(handoffsByReason);
        handoffsByQueue = handoffsByQueue == null ? Map.of() : copy(handoffsByQueue);
        intentVolume = intentVolume == null ? Map.of() : copy(intentVolume);
        sentimentTrend = sentimentTrend == null ? List.of() : List.copyOf(sentimentTrend);
        sla = sla == null ? List.of() : List.copyOf(sla);
    }

    /** Keeps the order the figures were read in (most frequent first). */
    private static Map<String, Long> copy(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /**
     * A duration measured over several conversations.
     *
     * @param count conversations measured
     * @param averageSeconds the mean, or {@code null} when none was measured
     * @param maxSeconds the longest, or {@code null} when none was measured
     */
    public record Durations(long count, Double averageSeconds, Double maxSeconds) {
    }

    /**
     * One day of the sentiment trend.
     *
     * @param day the day (UTC)
     * @param messages customer messages with a decision that day
     * @param averageScore their mean sentiment score in [-1, 1]
     * @param negative those labelled {@code negative}
     */
    public record DailySentiment(LocalDate day, long messages, double averageScore, long negative) {
        public DailySentiment {
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * Customer satisfaction.
     *
     * @param ratings ratings given
     * @param average their mean (1–5), or {@code null} without ratings
     * @param satisfiedRate the share of ratings of 4 or 5, or {@code null} without ratings
     */
    public record Csat(long ratings, Double average, Double satisfiedRate) {
    }

    /**
     * Returning customers.
     *
     * @param customers known customers with a conversation in the period
     * @param returning those with more than one conversation up to the period's end
     * @param rate {@code returning / customers}, or {@code null} without known customers
     */
    public record Returning(long customers, long returning, Double rate) {
    }

    /**
     * Costs and savings of the period's conversations, from the configured costs per contact.
     *
     * @param perHumanContact the configured cost of a conversation a person handles
     * @param perAutomatedContact the configured cost of a conversation the assistant handles
     * @param automationCost every conversation at the automated cost
     * @param humanCost handed-off conversations at the human cost
     * @param savings what the contained conversations would have cost a person, minus the
     *     automation cost
     * @param roi {@code savings / automationCost}, or {@code null} when automation cost nothing
     */
    public record Costs(double perHumanContact, double perAutomatedContact, double automationCost, double humanCost,
            double savings, Double roi) {
    }

    /**
     * One SLA target over this period.
     *
     * @param target {@code first_response_seconds}, {@code resolution_seconds} or
     *     {@code csat_minimum}
     * @param limit the configured target
     * @param measured the measured value, or {@code null} when nothing was measured
     * @param met whether the target holds; a target without data holds
     */
    public record SlaStatus(String target, double limit, Double measured, boolean met) {
        public SlaStatus {
            Objects.requireNonNull(target, "target");
        }
    }
}
