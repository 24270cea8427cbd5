package dev.parley.forecast;

import java.util.Arrays;

import dev.parley.api.forecast.ForecastMethod;

/**
 * Forecasts one series of counts: Holt-Winters from two seasons of history on, the seasonal naive
 * forecast from one season, and the mean per period before that. Counts are never negative, so
 * forecasts and bounds are clamped at 0.
 */
final class SeriesForecaster {

    private final ForecastSettings settings;

    SeriesForecaster(ForecastSettings settings) {
        this.settings = settings;
    }

    Prediction predict(double[] series, int season, int horizon) {
        double z = NormalQuantile.of((1 + settings.intervalLevel()) / 2);
        if (series.length >= HoltWinters.minimumHistory(season)) {
            HoltWinters model = HoltWintersFitter.fit(series, season, settings.damped());
            Prediction prediction = clamped(settings.damped() ? ForecastMethod.HOLT_WINTERS_DAMPED
                    : ForecastMethod.HOLT_WINTERS, null, model.forecast(horizon), model.forecastSigmas(horizon), z);
            closePeriods(prediction, series, season);
            return prediction;
        }
        if (series.length >= season) {
            return clamped(ForecastMethod.SEASONAL_NAIVE, "history of " + series.length + " periods is shorter than "
                    + "the two seasons (" + HoltWinters.minimumHistory(season) + ") Holt-Winters needs",
                    SeasonalNaive.forecast(series, season, horizon), SeasonalNaive.forecastSigmas(series, season,
                            horizon), z);
        }
        return historicalMean(series, season, horizon, z);
    }

    /**
     * Forecasts 0 for the periods of the season that had no count in each of the latest
     * {@code closedSeasons} seasons: the smoothed level would otherwise spread a little volume
     * over the hours a shop is closed, which every percentage error punishes hard.
     */
    private void closePeriods(Prediction prediction, double[] series, int season) {
        int seasons = settings.closedSeasons();
        if (seasons == 0 || series.length < seasons * season) {
            return;
        }
        for (int h = 0; h < prediction.predicted().length; h++) {
            int slot = series.length - season + h % season;
            boolean closed = true;
            for (int k = 0; k < seasons && closed; k++) {
                closed = series[slot - k * season] == 0;
            }
            if (closed) {
                prediction.predicted()[h] = 0;
                prediction.lower()[h] = 0;
                prediction.upper()[h] = 0;
            }
        }
    }

    /** Less than one season: every period gets the mean so far, with the spread of the values so far. */
    private static Prediction historicalMean(double[] series, int season, int horizon, double z) {
        double mean = 0;
        for (double value : series) {
            mean += value;
        }
        mean = series.length == 0 ? 0 : mean / series.length;
        double squares = 0;
        for (double value : series) {
            squares += (value - mean) * (value - mean);
        }
        double sigma = series.length < 2 ? 0 : Math.sqrt(squares / (series.length - 1));
        double[] values = new double[horizon];
        double[] sigmas = new double[horizon];
        Arrays.fill(values, mean);
        Arrays.fill(sigmas, sigma);
        String note = series.length == 0 ? "no conversations in the history yet"
                : "history of " + series.length + " periods is shorter than one season (" + season
                        + "): the mean per period";
        return clamped(ForecastMethod.HISTORICAL_MEAN, note, values, sigmas, z);
    }

    private static Prediction clamped(ForecastMethod method, String note, double[] values, double[] sigmas, double z) {
        double[] predicted = new double[values.length];
        double[] lower = new double[values.length];
        double[] upper = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            predicted[i] = Math.max(0, values[i]);
            lower[i] = Math.max(0, values[i] - z * sigmas[i]);
            upper[i] = Math.max(0, values[i] + z * sigmas[i]);
        }
        return new Prediction(method, note, predicted, lower, upper);
    }
}
