package dev.parley.assistant;

import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.risk.EscalationAssessment;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.risk.MessageSignals;
import dev.parley.api.risk.RiskFactor;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a conversation to a person before the customer gets angry: when an {@link EscalationRisk}
 * service is installed and rates this turn's conversation at or above the configured threshold.
 * Without the service, or when it fails, nothing changes: the rules of {@link EscalationPolicy} decide.
 */
final class PredictedEscalation {

    private static final Logger LOG = LoggerFactory.getLogger(PredictedEscalation.class);

    private final double threshold;

    PredictedEscalation(AssistantSettings settings) {
        this.threshold = settings.predictedEscalationThreshold();
    }

    Optional<Escalation> check(TurnInput turn, Nlu nlu) {
        EscalationRisk risk = turn.services().escalationRisk();
        if (risk == null || threshold >= 1.0) {
            return Optional.empty();
        }
        try {
            Optional<EscalationAssessment> assessment = risk.forConversation(turn.conversation().id(), signals(turn, nlu));
            if (assessment.isEmpty() || assessment.get().probability() < threshold) {
                return Optional.empty();
            }
            EscalationAssessment found = assessment.get();
            String factors = found.factors().stream().map(RiskFactor::name).collect(Collectors.joining(", "));
            return Optional.of(new Escalation(HandoffTrigger.PREDICTED_ESCALATION, String.format(Locale.ROOT,
                    "likely to escalate (risk %.2f%s)", found.probability(), factors.isEmpty() ? "" : ": " + factors)));
        } catch (RuntimeException e) {
            LOG.warn("Escalation risk of conversation {} could not be assessed; the handoff rules decide alone: {}",
                    turn.conversation().id(), e.toString());
            return Optional.empty();
        }
    }

    private static MessageSignals signals(TurnInput turn, Nlu nlu) {
        Sentiment sentiment = nlu.sentiment();
        return new MessageSignals(turn.message().text(), nlu.classified() ? nlu.intent() : null,
                nlu.classified() ? Math.max(0, Math.min(1, nlu.confidence())) : 0,
                sentiment == null ? 0 : sentiment.score(), sentiment == null ? null : sentiment.emotion());
    }
}
