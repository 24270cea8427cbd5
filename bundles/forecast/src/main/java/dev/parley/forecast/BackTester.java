package dev.parley.forecast;

import java.util.Arrays;

import dev.parley.api.forecast.BackTest;

/**
 * Rolling-origin evaluation on the end of a series: from each origin, one season apart and the
 * latest one season before the end, the forecaster is fitted on the history before the origin
 * only and forecasts one season, which is compared with what happened; the seasonal naive
 * forecast is scored on the same periods. Origins need one season of history before them.
 */
final class BackTester {

    private final SeriesForecaster forecaster;
    private final int maximumOrigins;

    BackTester(SeriesForecaster forecaster, int maximumOrigins) {
        this.forecaster = forecaster;
        this.maximumOrigins = maximumOrigins;
    }

    BackTest run(double[] series, int season) {
        AccuracyMeter method = new AccuracyMeter();
        AccuracyMeter naive = new AccuracyMeter();
        int origins = 0;
        for (int k = 1; k <= maximumOrigins; k++) {
            int origin = series.length - k * season;
            if (origin < season) {
                break;
            }
            double[] history = Arrays.copyOf(series, origin);
            double[] predicted = forecaster.predict(history, season, season).predicted();
            double[] baseline = SeasonalNaive.forecast(history, season, season);
            for (int h = 0; h < season; h++) {
                method.add(series[origin + h], predicted[h]);
                naive.add(series[origin + h], baseline[h]);
            }
            origins++;
        }
        return new BackTest(origins, season, method.accuracy(), naive.accuracy());
    }
}
