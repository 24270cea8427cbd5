package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.risk.EscalationAssessment;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.risk.MessageSignals;
import dev.parley.api.risk.RiskFactor;
import dev.parley.api.risk.RiskModelInfo;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.store.Owner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person takes over when the escalation-risk service rates the conversation at or above the threshold. */
class PredictedEscalationTest {

    private final AssistantHarness harness = new AssistantHarness();
    private final ScriptedRisk risk = new ScriptedRisk();
    private ScriptedSkill orderStatus;

    @BeforeEach
    void setUp() {
        harness.nlp.intent("where is my order", "order_status", 0.92);
        orderStatus = harness.skill("order-status", c -> SkillResult.answer("It ships today."), "order_status");
    }

    @Test
    void aRiskAtTheThresholdHandsOffBeforeAnySkill() {
        harness.escalationRisk = risk;
        harness.configure("predictedEscalationThreshold", 0.7);
        risk.probability = 0.7;

        Reply reply = harness.send("Where is my order?");

        assertThat(reply.handoff()).isNotNull();
        assertThat(reply.handoff().trigger()).isEqualTo(HandoffTrigger.PREDICTED_ESCALATION);
        assertThat(harness.router.requests.get(0).reason()).contains("0.70").contains("sentiment falling");
        assertThat(harness.conversation().state().owner()).isEqualTo(Owner.HUMAN);
        assertThat(orderStatus.calls).isEmpty();
        // The message being handled reaches the service with what was understood of it.
        assertThat(risk.seen).singleElement().satisfies(signals -> {
            assertThat(signals.intent()).isEqualTo("order_status");
            assertThat(signals.text()).isEqualTo("Where is my order?");
        });
    }

    @Test
    void aRiskBelowTheThresholdChangesNothing() {
        harness.escalationRisk = risk;
        harness.configure("predictedEscalationThreshold", 0.7);
        risk.probability = 0.69;

        Reply reply = harness.send("Where is my order?");

        assertThat(reply.handoff()).isNull();
        assertThat(orderStatus.calls).hasSize(1);
    }

    @Test
    void withoutTheServiceOrWithTheThresholdAtOneNothingIsPredicted() {
        risk.probability = 0.99;
        assertThat(harness.send("Where is my order?").handoff()).isNull();

        harness.escalationRisk = risk;
        harness.configure("predictedEscalationThreshold", 1.0);
        assertThat(harness.send("Where is my order?").handoff()).isNull();
        assertThat(risk.seen).isEmpty();
    }

    @Test
    void aFailingServiceLeavesTheDecisionToTheRules() {
        harness.escalationRisk = risk;
        risk.failure = new IllegalStateException("store down");

        Reply reply = harness.send("Where is my order?");

        assertThat(reply.handoff()).isNull();
        assertThat(orderStatus.calls).hasSize(1);
    }

    private static final class ScriptedRisk implements EscalationRisk {
        double probability;
        RuntimeException failure;
        final List<MessageSignals> seen = new ArrayList<>();

        @Override
        public Optional<EscalationAssessment> forConversation(String conversationId) {
            return forConversation(conversationId, null);
        }

        @Override
        public Optional<EscalationAssessment> forConversation(String conversationId, MessageSignals current) {
            if (failure != null) {
                throw failure;
            }
            seen.add(current);
            return Optional.of(new EscalationAssessment(conversationId, probability,
                    List.of(new RiskFactor("sentiment falling", 0.5, 0.8)),
                    new RiskModelInfo(false, null, 0, "prior model", null)));
        }
    }
}
