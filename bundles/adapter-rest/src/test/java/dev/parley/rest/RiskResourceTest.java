package dev.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.api.risk.ChurnAssessment;
import dev.parley.api.risk.ChurnRisk;
import dev.parley.api.risk.EscalationAssessment;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.risk.RiskFactor;
import dev.parley.api.risk.RiskModelInfo;

class RiskResourceTest {

    private final FakeServices services = new FakeServices();
    private final RiskResource resource = new RiskResource(services, FakeServices.settings(Duration.ofSeconds(5)));

    @Test
    void escalationRiskWithFactorsAndTheModelsBacktest() {
        services.escalationRisk = mock(EscalationRisk.class);
        BacktestFigures figures = new BacktestFigures(400, 60, 0.81, 0.09, 0.5, 0.6, 0.4, 0.62, 0.14, "rule");
        when(services.escalationRisk.forConversation("c-1")).thenReturn(Optional.of(new EscalationAssessment("c-1",
                0.73, List.of(new RiskFactor("angry or frustrated", 1, 1.2)),
                new RiskModelInfo(true, Instant.parse("2026-03-02T10:00:00Z"), 1200, "learnt", figures))));

        JsonObject json = resource.escalation("c-1");

        assertThat(json.get("probability").getAsDouble()).isEqualTo(0.73);
        assertThat(json.getAsJsonArray("factors").get(0).getAsJsonObject().get("name").getAsString())
                .isEqualTo("angry or frustrated");
        JsonObject model = json.getAsJsonObject("model");
        assertThat(model.get("trained").getAsBoolean()).isTrue();
        assertThat(model.get("trainedAt").getAsString()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(model.getAsJsonObject("backtest").get("auc").getAsDouble()).isEqualTo(0.81);
        assertThat(model.getAsJsonObject("backtest").get("baselineAuc").getAsDouble()).isEqualTo(0.62);
    }

    @Test
    void unknownConversationOrCustomerIsNotFound() {
        services.escalationRisk = mock(EscalationRisk.class);
        services.churnRisk = mock(ChurnRisk.class);
        when(services.escalationRisk.forConversation("nope")).thenReturn(Optional.empty());
        when(services.churnRisk.forCustomer("nobody")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> resource.escalation("nope")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(404));
        assertThatThrownBy(() -> resource.churn("nobody")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(404));
    }

    @Test
    void withoutTheServiceItIsUnavailable() {
        assertThatThrownBy(() -> resource.escalation("c-1")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(503));
        assertThatThrownBy(() -> resource.churn("C-1")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(503));
    }

    @Test
    void churnRiskWithItsHorizonAndAPriorModel() {
        services.churnRisk = mock(ChurnRisk.class);
        when(services.churnRisk.forCustomer("C-1")).thenReturn(Optional.of(new ChurnAssessment("C-1", 0.2, 90,
                List.of(), new RiskModelInfo(false, null, 0, "prior model: too little history", null))));

        JsonObject json = resource.churn("C-1");

        assertThat(json.get("horizonDays").getAsInt()).isEqualTo(90);
        assertThat(json.getAsJsonObject("model").get("trained").getAsBoolean()).isFalse();
        assertThat(json.getAsJsonObject("model").has("backtest")).isFalse();
        assertThat(json.getAsJsonObject("model").get("note").getAsString()).contains("prior");
    }
}
