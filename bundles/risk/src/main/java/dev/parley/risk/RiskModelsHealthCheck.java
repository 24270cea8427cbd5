package dev.parley.risk;

import java.time.Instant;
import java.util.Locale;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.Result;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.api.risk.RiskModelInfo;

/**
 * What the admin sees of the risk models in {@code /system/health} (check "Risk models", tags
 * {@code parley}, {@code risk}): for escalation and churn whether a learnt model or the prior one
 * answers, its training examples and back-test AUC against the baseline; WARN when the latest
 * learning run failed, with the reason and when. Reads only the models the component keeps, so a
 * health request never learns.
 */
final class RiskModelsHealthCheck {

    /**
     * A learning run that failed; the model in use before it stays.
     *
     * @param reason why, e.g. the database's message; never customer data
     * @param at when
     */
    record Failure(String reason, Instant at) {
    }

    private RiskModelsHealthCheck() {
    }

    static Result of(FittedModel escalation, Failure escalationFailure, FittedModel churn, Failure churnFailure) {
        FormattingResultLog log = new FormattingResultLog();
        report(log, "Escalation risk", escalation.info(), escalationFailure);
        report(log, "Churn risk", churn.info(), churnFailure);
        return new Result(log);
    }

    private static void report(FormattingResultLog log, String name, RiskModelInfo info, Failure failure) {
        if (failure != null) {
            log.warn("{}: learning failed at {}: {}; the model below stays in use until the next run", name,
                    failure.at(), failure.reason());
        }
        if (info.trained()) {
            log.info("{}: learnt model, from {} training examples at {}; {}", name, info.trainingExamples(),
                    info.trainedAt(), backtest(info.backtest()));
        } else {
            log.info("{}: {}", name, info.note());
        }
    }

    private static String backtest(BacktestFigures figures) {
        if (figures == null) {
            return "no back-test: too few held-out cases";
        }
        return String.format(Locale.ROOT, "back-test AUC %s against %s for the baseline (%s) on %d held-out cases",
                auc(figures.auc()), auc(figures.baselineAuc()), figures.baseline(), figures.examples());
    }

    private static String auc(double auc) {
        return Double.isNaN(auc) ? "n/a" : String.format(Locale.ROOT, "%.3f", auc);
    }
}
