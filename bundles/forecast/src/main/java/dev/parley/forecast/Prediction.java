package dev.parley.forecast;

import dev.parley.api.forecast.ForecastMethod;

/**
 * The forecast of a series: the method used, why when it is a fallback, and per period the point
 * forecast and the interval bounds, all clamped at 0.
 */
record Prediction(ForecastMethod method, String note, double[] predicted, double[] lower, double[] upper) {
}
