package dev.parley.api.forecast;

/**
 * A rolling-origin back-test on the end of the history: the method is fitted on the history up to
 * each origin and forecasts one season from it, which is compared with what happened; the
 * seasonal naive forecast is measured on the same periods.
 *
 * @param origins the forecast origins, each one season apart; 0 when the history was too short
 * @param horizon the periods forecast from each origin (one season)
 * @param method the accuracy of the method the forecast used
 * @param seasonalNaive the accuracy of the seasonal naive forecast
 */
public record BackTest(int origins, int horizon, Accuracy method, Accuracy seasonalNaive) {
}
