package dev.parley.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.junit.jupiter.api.Test;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.api.risk.RiskModelInfo;

/** The check reports the models it is given and warns only for a failed learning run. */
class RiskModelsHealthCheckTest {

    private static final Instant LEARNT = Instant.parse("2026-06-01T06:00:00Z");
    private static final Instant FAILED = Instant.parse("2026-06-01T12:00:00Z");

    private final FittedModel priorEscalation = EscalationTrainer.prior("prior model: 4 cases of which 1 before a"
            + " handoff; 30 of each needed to learn");
    private final FittedModel priorChurn = ChurnTrainer.prior("prior model: not learnt yet");

    @Test
    void okNamingThePriorModelsAndWhyTheyAnswer() {
        Result health = RiskModelsHealthCheck.of(priorEscalation, null, priorChurn, null);

        assertThat(health.getStatus()).isEqualTo(Result.Status.OK);
        assertThat(messages(health)).containsExactly(
                "Escalation risk: " + priorEscalation.info().note(),
                "Churn risk: " + priorChurn.info().note());
    }

    @Test
    void okWithTrainingExamplesAndBackTestOfALearntModel() {
        FittedModel learnt = learnt(1_600, new BacktestFigures(400, 120, 0.8123, 0.15, 0.5, 0.6, 0.5, 0.6604, 0.2,
                "single-message rule"));

        Result health = RiskModelsHealthCheck.of(learnt, null, priorChurn, null);

        assertThat(health.getStatus()).isEqualTo(Result.Status.OK);
        assertThat(messages(health)).containsExactly(
                "Escalation risk: learnt model, from 1600 training examples at " + LEARNT + "; back-test AUC 0.812"
                        + " against 0.660 for the baseline (single-message rule) on 400 held-out cases",
                "Churn risk: " + priorChurn.info().note());
    }

    @Test
    void aLearntModelWithoutBackTestSaysSo() {
        Result health = RiskModelsHealthCheck.of(priorEscalation, null, learnt(90, null), null);

        assertThat(messages(health)).last().isEqualTo("Churn risk: learnt model, from 90 training examples at "
                + LEARNT + "; no back-test: too few held-out cases");
    }

    @Test
    void warnsWithReasonAndTimeWhenTheLastLearningRunFailed() {
        FittedModel learnt = learnt(1_600, null);
        var failure = new RiskModelsHealthCheck.Failure("the conversation store could not be read for risk"
                + " scores: Connection refused", FAILED);

        Result health = RiskModelsHealthCheck.of(priorEscalation, null, learnt, failure);

        assertThat(health.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(messages(health)).containsExactly(
                "Escalation risk: " + priorEscalation.info().note(),
                "Churn risk: learning failed at " + FAILED + ": the conversation store could not be read for risk"
                        + " scores: Connection refused; the model below stays in use until the next run",
                "Churn risk: learnt model, from 1600 training examples at " + LEARNT
                        + "; no back-test: too few held-out cases");
    }

    private static FittedModel learnt(int examples, BacktestFigures figures) {
        return new FittedModel(ChurnPrior.model(), new RiskModelInfo(true, LEARNT, examples, "learnt", figures));
    }

    private static List<String> messages(Result result) {
        List<String> messages = new ArrayList<>();
        for (ResultLog.Entry entry : result) {
            messages.add(entry.getMessage());
        }
        return messages;
    }
}
