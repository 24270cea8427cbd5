package dev.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.parley.api.forecast.BackTest;
import dev.parley.api.forecast.ForecastMethod;

/** Holt-Winters on synthetic series whose shape is known. */
class HoltWintersTest {

    private static final int SEASON = 24;
    private static final ForecastSettings SETTINGS = ForecastSettings.DEFAULTS;

    /** A daily profile: quiet nights, a peak at noon. */
    private static double profile(int hour) {
        return 20 + 15 * Math.sin(2 * Math.PI * (hour - 6) / SEASON);
    }

    @Test
    void recoversAPureSeasonalPattern() {
        double[] series = new double[10 * SEASON];
        for (int t = 0; t < series.length; t++) {
            series[t] = profile(t % SEASON);
        }

        Prediction prediction = new SeriesForecaster(SETTINGS).predict(series, SEASON, 2 * SEASON);

        assertThat(prediction.method()).isEqualTo(ForecastMethod.HOLT_WINTERS_DAMPED);
        for (int h = 0; h < 2 * SEASON; h++) {
            assertThat(prediction.predicted()[h]).as("hour %d", h).isCloseTo(profile((series.length + h) % SEASON),
                    within(0.01));
        }
    }

    @Test
    void followsATrendThatSeasonalNaiveMisses() {
        Random random = new Random(7);
        double[] series = new double[12 * SEASON + SEASON];
        for (int t = 0; t < series.length; t++) {
            series[t] = profile(t % SEASON) + 0.2 * t + random.nextGaussian();
        }
        double[] history = Arrays.copyOf(series, 12 * SEASON);

        double[] holtWinters = new SeriesForecaster(new ForecastSettings(false, true, 0.8, 4, 3)).predict(history,
                SEASON, SEASON).predicted();
        double[] naive = SeasonalNaive.forecast(history, SEASON, SEASON);

        assertThat(meanAbsoluteError(series, history.length, holtWinters))
                .isLessThan(meanAbsoluteError(series, history.length, naive) / 3);
    }

    @Test
    void beatsSeasonalNaiveInTheBackTestOfATrendingSeries() {
        Random random = new Random(11);
        double[] series = new double[20 * SEASON];
        for (int t = 0; t < series.length; t++) {
            series[t] = profile(t % SEASON) + 0.1 * t + 2 * random.nextGaussian();
        }

        BackTest backTest = new BackTester(new SeriesForecaster(SETTINGS), 4).run(series, SEASON);

        assertThat(backTest.origins()).isEqualTo(4);
        assertThat(backTest.method().periods()).isEqualTo(4 * SEASON);
        assertThat(backTest.method().mape()).isLessThan(backTest.seasonalNaive().mape());
        assertThat(backTest.method().wape()).isLessThan(backTest.seasonalNaive().wape());
    }

    @Test
    void neverForecastsBelowZeroAndClosesHoursWithoutContacts() {
        // open 9-17 with 10 contacts an hour, falling by 0.5 a day: the level heads below zero
        double[] series = new double[14 * SEASON];
        for (int t = 0; t < series.length; t++) {
            int hour = t % SEASON;
            series[t] = hour >= 9 && hour < 17 ? Math.max(0, 10 - 0.5 * (t / SEASON)) : 0;
        }

        Prediction prediction = new SeriesForecaster(new ForecastSettings(false, true, 0.8, 4, 3)).predict(series,
                SEASON, 3 * SEASON);

        for (int h = 0; h < prediction.predicted().length; h++) {
            assertThat(prediction.lower()[h]).isGreaterThanOrEqualTo(0);
            assertThat(prediction.predicted()[h]).isBetween(prediction.lower()[h], prediction.upper()[h]);
            int hour = (series.length + h) % SEASON;
            if (hour < 9 || hour >= 17) {
                assertThat(prediction.predicted()[h]).as("closed hour %d", hour).isZero();
            }
        }
    }

    @Test
    void shortHistoryFallsBackToSeasonalNaiveAndSaysSo() {
        double[] series = new double[SEASON + 5];
        for (int t = 0; t < series.length; t++) {
            series[t] = t % SEASON;
        }

        Prediction prediction = new SeriesForecaster(SETTINGS).predict(series, SEASON, 3);

        assertThat(prediction.method()).isEqualTo(ForecastMethod.SEASONAL_NAIVE);
        assertThat(prediction.note()).contains("shorter than the two seasons");
        // the periods after the history are those of one season earlier: hours 5, 6, 7
        assertThat(prediction.predicted()).containsExactly(5, 6, 7);
    }

    @Test
    void lessThanOneSeasonForecastsTheMeanAndNoHistoryZero() {
        Prediction mean = new SeriesForecaster(SETTINGS).predict(new double[] { 2, 4, 6 }, SEASON, 2);
        assertThat(mean.method()).isEqualTo(ForecastMethod.HISTORICAL_MEAN);
        assertThat(mean.predicted()).containsExactly(4, 4);

        Prediction none = new SeriesForecaster(SETTINGS).predict(new double[0], SEASON, 2);
        assertThat(none.predicted()).containsExactly(0, 0);
        assertThat(none.note()).contains("no conversations");
    }

    @Test
    void intervalsWidenWithTheHorizonAndHoldTheConfiguredShare() {
        Random random = new Random(3);
        double[] series = new double[30 * SEASON];
        for (int t = 0; t < series.length; t++) {
            series[t] = 50 + profile(t % SEASON) + 3 * random.nextGaussian();
        }
        double[] history = Arrays.copyOf(series, 29 * SEASON);

        Prediction prediction = new SeriesForecaster(SETTINGS).predict(history, SEASON, SEASON);

        int inside = 0;
        for (int h = 0; h < SEASON; h++) {
            double actual = series[history.length + h];
            if (actual >= prediction.lower()[h] && actual <= prediction.upper()[h]) {
                inside++;
            }
        }
        double firstWidth = prediction.upper()[0] - prediction.lower()[0];
        double lastWidth = prediction.upper()[SEASON - 1] - prediction.lower()[SEASON - 1];
        assertThat(lastWidth).isGreaterThanOrEqualTo(firstWidth);
        // 80 % intervals: about 19 of 24 hours; well above half, not all by construction
        assertThat(inside).isGreaterThanOrEqualTo(14);
    }

    @Test
    void theNormalQuantileMatchesKnownValues() {
        assertThat(NormalQuantile.of(0.9)).isCloseTo(1.2815516, within(1e-6));
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.9599640, within(1e-6));
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, within(1e-9));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.3263479, within(1e-6));
    }

    private static double meanAbsoluteError(double[] series, int from, double[] forecast) {
        double sum = 0;
        for (int h = 0; h < forecast.length; h++) {
            sum += Math.abs(series[from + h] - forecast[h]);
        }
        return sum / forecast.length;
    }
}
