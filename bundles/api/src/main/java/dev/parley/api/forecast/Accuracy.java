package dev.parley.api.forecast;

/**
 * How far forecasts were from what happened, over the periods of a back-test. A figure is
 * {@code null} when there was nothing to measure it on (e.g. MAPE when every actual count was 0).
 *
 * @param mape mean absolute percentage error over the periods whose actual count was above 0, in percent
 * @param wape the sum of absolute errors divided by the sum of actual counts, in percent; robust to zero counts
 * @param smape symmetric MAPE: mean of {@code 200 |forecast - actual| / (|forecast| + |actual|)}, in percent,
 *     over the periods where not both are 0
 * @param periods the periods compared
 */
public record Accuracy(Double mape, Double wape, Double smape, int periods) {
}
