package dev.parley.api.forecast;

import java.time.Instant;

/**
 * The forecast of one period. Counts are never negative.
 *
 * @param periodStart the start of the period (an hour or a local day)
 * @param predicted the expected number of conversations starting in the period
 * @param lower the lower bound of the prediction interval
 * @param upper the upper bound of the prediction interval
 */
public record ForecastPoint(Instant periodStart, double predicted, double lower, double upper) {
}
