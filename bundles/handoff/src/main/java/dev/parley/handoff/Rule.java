package dev.parley.handoff;

import dev.parley.api.Priority;
import dev.parley.api.handoff.HandoffRequest;
import java.util.function.Predicate;

/**
 * One routing rule: when {@code condition} holds, the handoff goes to {@code queue} (if not
 * {@code null}) with at least {@code priority} (if not {@code null}).
 *
 * @param kind what the rule matches
 * @param written the entry as the admin wrote it, to name the rule in reasons and log lines
 * @param condition whether a request matches; never reads more than the rule's kind needs
 * @param queue a configured queue, or {@code null} if the rule only sets a priority
 * @param priority the priority, or {@code null} if the rule only names a queue
 */
record Rule(RuleKind kind, String written, Predicate<HandoffRequest> condition, String queue, Priority priority) {

    boolean matches(HandoffRequest request) {
        return condition.test(request);
    }

    /** How staff read it in a reason, e.g. {@code intent rule 'refund_request=billing'}. */
    String describe() {
        return kind.word() + " rule '" + written + "'";
    }
}
