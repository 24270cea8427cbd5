package dev.parley.api.risk;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How a risk model did on held-out cases (later in time than the ones it learnt from), next to a
 * simple baseline on the same cases.
 *
 * @param examples the held-out cases
 * @param positives how many of them did escalate or churn
 * @param auc area under the ROC curve, 0..1 (0.5 is chance)
 * @param brier mean squared error of the probabilities, 0..1 (lower is better)
 * @param threshold the probability at which precision and recall are measured
 * @param precision of the cases at or above the threshold, the share that escalated or churned
 * @param recall of the cases that escalated or churned, the share at or above the threshold
 * @param baselineAuc the baseline's AUC on the same cases
 * @param baselineBrier the baseline's Brier score on the same cases
 * @param baseline what the baseline is, e.g. {@code "recency alone"}
 */
@ProviderType
public record BacktestFigures(int examples, int positives, double auc, double brier, double threshold,
        double precision, double recall, double baselineAuc, double baselineBrier, String baseline) {
}
