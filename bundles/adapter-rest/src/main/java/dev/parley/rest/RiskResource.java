package dev.parley.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.api.risk.ChurnAssessment;
import dev.parley.api.risk.ChurnRisk;
import dev.parley.api.risk.EscalationAssessment;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.risk.RiskFactor;
import dev.parley.api.risk.RiskModelInfo;

/**
 * {@code GET /api/v1/conversations/{id}/escalation-risk} and {@code GET /api/v1/customers/{id}/churn-risk}:
 * the probability, the factors that raised it and the model with its back-test figures.
 */
final class RiskResource {

    private final ParleyServices services;
    private final Settings settings;

    RiskResource(ParleyServices services, Settings settings) {
        this.services = services;
        this.settings = settings;
    }

    JsonObject escalation(String conversationId) {
        EscalationRisk risk = services.escalationRisk().orElseThrow(() -> unavailable("escalation"));
        EscalationAssessment assessment = risk.forConversation(conversationId).orElseThrow(() ->
                ProblemException.notFound("there is no conversation " + conversationId));
        JsonObject json = new JsonObject();
        json.addProperty("conversationId", assessment.conversationId());
        json.addProperty("probability", assessment.probability());
        json.add("factors", factors(assessment.factors()));
        json.add("model", model(assessment.model()));
        return json;
    }

    JsonObject churn(String customerId) {
        ChurnRisk risk = services.churnRisk().orElseThrow(() -> unavailable("churn"));
        ChurnAssessment assessment = risk.forCustomer(customerId).orElseThrow(() -> ProblemException.notFound(
                "customer " + customerId + " has neither a conversation nor a purchase on record"));
        JsonObject json = new JsonObject();
        json.addProperty("customerId", assessment.customerId());
        json.addProperty("probability", assessment.probability());
        json.addProperty("horizonDays", assessment.horizonDays());
        json.add("factors", factors(assessment.factors()));
        json.add("model", model(assessment.model()));
        return json;
    }

    private ProblemException unavailable(String kind) {
        return ProblemException.unavailable("no " + kind + " risk service is running; check that the risk bundle"
                + " (dev.parley.risk) is active", settings.retryAfterSeconds());
    }

    private static JsonArray factors(Iterable<RiskFactor> factors) {
        JsonArray array = new JsonArray();
        for (RiskFactor factor : factors) {
            JsonObject json = new JsonObject();
            json.addProperty("name", factor.name());
            json.addProperty("value", factor.value());
            json.addProperty("contribution", factor.contribution());
            array.add(json);
        }
        return array;
    }

    private static JsonObject model(RiskModelInfo info) {
        JsonObject json = new JsonObject();
        json.addProperty("trained", info.trained());
        if (info.trainedAt() != null) {
            json.addProperty("trainedAt", info.trainedAt().toString());
        }
        json.addProperty("trainingExamples", info.trainingExamples());
        json.addProperty("note", info.note());
        BacktestFigures figures = info.backtest();
        if (figures != null) {
            JsonObject backtest = new JsonObject();
            backtest.addProperty("examples", figures.examples());
            backtest.addProperty("positives", figures.positives());
            backtest.addProperty("auc", figures.auc());
            backtest.addProperty("brier", figures.brier());
            backtest.addProperty("threshold", figures.threshold());
            backtest.addProperty("precision", figures.precision());
            backtest.addProperty("recall", figures.recall());
            backtest.addProperty("baseline", figures.baseline());
            backtest.addProperty("baselineAuc", figures.baselineAuc());
            backtest.addProperty("baselineBrier", figures.baselineBrier());
            json.add("backtest", backtest);
        }
        return json;
    }
}
