package dev.parley.api.forecast;

/** How a forecast was made. */
public enum ForecastMethod {
    /** Additive Holt-Winters: level, trend and a seasonal pattern, smoothed exponentially. */
    HOLT_WINTERS,
    /** Additive Holt-Winters whose trend fades out over the horizon. */
    HOLT_WINTERS_DAMPED,
    /** Each period as the same period one season earlier; used while the history is too short for Holt-Winters. */
    SEASONAL_NAIVE,
    /** Every period as the mean period of the history; used while the history is shorter than one season. */
    HISTORICAL_MEAN
}
