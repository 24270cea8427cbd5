package dev.parley.risk;

import dev.parley.api.risk.RiskModelInfo;

/**
 * A model with what is known of it.
 *
 * @param model the model
 * @param info whether it was trained, on how many cases, and its back-test figures
 */
public record FittedModel(LogisticModel model, RiskModelInfo info) {
}
