package dev.parley.analytics;

import java.util.ArrayList;
import java.util.List;

import dev.parley.api.analytics.AnalyticsSummary.Costs;
import dev.parley.api.analytics.AnalyticsSummary.Csat;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.SlaStatus;

/**
 * The configured SLA targets and contact costs, and the figures derived from them.
 *
 * @param firstResponseSeconds the longest acceptable average first response
 * @param resolutionSeconds the longest acceptable average resolution time
 * @param csatMinimum the lowest acceptable average rating
 * @param costPerHumanContact what a conversation a person handles costs
 * @param costPerAutomatedContact what a conversation the assistant handles costs
 */
record Targets(double firstResponseSeconds, double resolutionSeconds, double csatMinimum, double costPerHumanContact,
        double costPerAutomatedContact) {

    static final String FIRST_RESPONSE = "first_response_seconds";
    static final String RESOLUTION = "resolution_seconds";
    static final String CSAT = "csat_minimum";

    static Targets of(AnalyticsComponent.Config config) {
        return new Targets(config.firstResponseTargetSeconds(), config.resolutionTargetSeconds(), config.csatMinimum(),
                config.costPerHumanContact(), config.costPerAutomatedContact());
    }

    /**
     * Every conversation costs an automated contact; a handed-off one costs a person's contact on
     * top; a contained one saved a person's contact.
     */
    Costs costs(long conversations, long contained, long handoffs) {
        double automation = conversations * costPerAutomatedContact;
        double human = handoffs * costPerHumanContact;
        double savings = contained * costPerHumanContact - automation;
        return new Costs(costPerHumanContact, costPerAutomatedContact, automation, human, savings,
                automation == 0 ? null : savings / automation);
    }

    /** Times must stay at or under their targets, CSAT at or above; a target without data holds. */
    List<SlaStatus> evaluate(Durations firstResponse, Durations resolution, Csat csat) {
        List<SlaStatus> statuses = new ArrayList<>(3);
        statuses.add(atMost(FIRST_RESPONSE, firstResponseSeconds, firstResponse.averageSeconds()));
        statuses.add(atMost(RESOLUTION, resolutionSeconds, resolution.averageSeconds()));
        statuses.add(new SlaStatus(CSAT, csatMinimum, csat.average(), csat.average() == null
                || csat.average() >= csatMinimum));
        return statuses;
    }

    private static SlaStatus atMost(String target, double limit, Double measured) {
        return new SlaStatus(target, limit, measured, measured == null || measured <= limit);
    }
}
