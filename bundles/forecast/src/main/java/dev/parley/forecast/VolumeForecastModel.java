package dev.parley.forecast;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.parley.api.forecast.BackTest;
import dev.parley.api.forecast.Forecast;
import dev.parley.api.forecast.ForecastPoint;
import dev.parley.api.forecast.Granularity;
import dev.parley.api.forecast.VolumeForecaster;

/**
 * Fits a forecast to a history and reads forecasts of any horizon from it. The history ends with
 * the last complete period; the forecast starts with the current one.
 */
final class VolumeForecastModel {

    private final ForecastSettings settings;
    private final SeriesForecaster forecaster;

    VolumeForecastModel(ForecastSettings settings) {
        this.settings = settings;
        this.forecaster = new SeriesForecaster(settings);
    }

    /** The periods kept beyond the longest horizon: a refit interval's worth and skipped hours. */
    static int kept(Granularity granularity) {
        return granularity == Granularity.HOUR ? VolumeForecaster.MAX_HOURS + 48 : VolumeForecaster.MAX_DAYS + 7;
    }

    FittedForecast fit(VolumeSeries history, Instant now) {
        double[] counts = history.counts();
        int season = settings.seasonLength(history.granularity(), counts.length);
        Prediction prediction = forecaster.predict(counts, season, kept(history.granularity()));
        BackTest backTest = new BackTester(forecaster, settings.backTestOrigins()).run(counts, season);
        return new FittedForecast(history, season, prediction, history.period(counts.length), backTest, now);
    }

    /**
     * The forecast from {@code current} on, or {@code null} when the fitted one does not reach that far.
     */
    Forecast read(FittedForecast fitted, LocalDateTime current, int horizon) {
        VolumeSeries history = fitted.history();
        long offset = VolumeSeries.unit(history.granularity()).between(fitted.firstPeriod(), current);
        Prediction prediction = fitted.prediction();
        List<ForecastPoint> points = new ArrayList<>(horizon);
        for (long i = Math.max(0, offset); i < prediction.predicted().length && points.size() < horizon; i++) {
            LocalDateTime period = fitted.firstPeriod().plus(i, VolumeSeries.unit(history.granularity()));
            if (history.exists(period)) {
                int index = (int) i;
                points.add(new ForecastPoint(history.startOf(period), prediction.predicted()[index],
                        prediction.lower()[index], prediction.upper()[index]));
            }
        }
        if (offset < 0 || points.size() < horizon) {
            return null;
        }
        int length = history.counts().length;
        return new Forecast(history.granularity(), history.zone().getId(), prediction.method(), fitted.season(),
                history.startOf(history.start()), length, fitted.fittedAt(), settings.intervalLevel(),
                prediction.note(), points, fitted.backTest());
    }
}
