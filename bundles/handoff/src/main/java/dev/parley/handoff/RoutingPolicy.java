package dev.parley.handoff;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One configuration of the router, immutable so that a reconfiguration swaps it whole while
 * requests are routed.
 *
 * <p>The queue comes from the first matching rule that names one, rules taken kind by kind in
 * {@code ruleOrder} and within a kind in the order written; without one it is the default queue.
 * The priority is the highest of all matching rules that set one, so rules only ever raise it;
 * when none matches it is the default priority.
 *
 * @param queues the configured queues and the default one
 * @param defaultPriority the priority when no rule sets one
 * @param rules every valid rule, in evaluation order
 * @param calendar the business hours
 * @param targets first-response targets per priority in business time
 */
record RoutingPolicy(Queues queues, Priority defaultPriority, List<Rule> rules, BusinessCalendar calendar,
        ResponseTargets targets) {

    RoutingPolicy {
        rules = List.copyOf(rules);
    }

    Handoff route(HandoffRequest request) {
        Rule queueRule = null;
        List<Rule> priorityRules = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.matches(request)) {
                continue;
            }
            if (queueRule == null && rule.queue() != null) {
                queueRule = rule;
            }
            if (rule.priority() != null) {
                priorityRules.add(rule);
            }
        }
        String queue = queueRule == null ? queues.defaultQueue() : queueRule.queue();
        Priority priority = priorityRules.stream().map(Rule::priority).max(Enum::compareTo).orElse(defaultPriority);
        Instant at = request.at();
        Instant expectedResponseBy = calendar.plusBusinessTime(at, targets.of(priority));
        String reason = ReasonText.describe(request, queue, queueRule, priority, highest(priorityRules, priority));
        return new Handoff(queue, request.trigger(), reason, priority, null, expectedResponseBy,
                calendar.isOpen(at));
    }

    /** The rules that set the chosen priority, to name them in the reason. */
    private static List<Rule> highest(List<Rule> priorityRules, Priority priority) {
        return priorityRules.stream().filter(rule -> rule.priority() == priority).toList();
    }
}
