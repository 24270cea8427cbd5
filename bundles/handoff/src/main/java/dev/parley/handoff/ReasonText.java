package dev.parley.handoff;

import dev.parley.api.Priority;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffTrigger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reason staff read on a handoff: why it was handed off, the intent and tier, and which rules
 * chose the queue and the priority. It is built from the request's classified fields and the
 * admin's rules only, never from the customer's text.
 */
final class ReasonText {

    private ReasonText() {
    }

    static String describe(HandoffRequest request, String queue, Rule queueRule, Priority priority,
            List<Rule> priorityRules) {
        StringBuilder reason = new StringBuilder(trigger(request.trigger()));
        reason.append("; intent ").append(request.intent() == null ? "unknown" : request.intent());
        if (request.customerTier() != null && !request.customerTier().isBlank()) {
            reason.append("; customer tier ").append(request.customerTier().strip());
        }
        reason.append("; queue ").append(queue).append(" by ")
                .append(queueRule == null ? "default" : queueRule.describe());
        reason.append("; priority ").append(priority.name().toLowerCase(Locale.ROOT)).append(" by ")
                .append(priorityRules.isEmpty() ? "default"
                        : priorityRules.stream().map(Rule::describe).collect(Collectors.joining(" and ")));
        if (request.reason() != null && !request.reason().isBlank()) {
            reason.append("; ").append(request.reason().strip());
        }
        return reason.toString();
    }

    private static String trigger(HandoffTrigger trigger) {
        return switch (trigger) {
            case CUSTOMER_REQUEST -> "Customer asked for a person";
            case NEGATIVE_SENTIMENT -> "Customer is upset";
            case LOW_CONFIDENCE -> "Assistant did not understand the customer";
            case SENSITIVE_INTENT -> "Sensitive topic";
            case SKILL_FAILURE -> "Assistant could not complete the request";
            case POLICY -> "Business rule requires a person";
            case PREDICTED_ESCALATION -> "Conversation is likely to escalate";
        };
    }
}
