package dev.parley.forecast;

/**
 * Additive Holt-Winters with an optionally damped trend, fitted to one series with given
 * smoothing parameters: {@link HoltWintersFitter} chooses them. Immutable once fitted.
 *
 * <p>Initial state from the first two seasons: the level is the first season's mean, the trend
 * the change of the mean from the first season to the second per period, and each seasonal term
 * the first season's value minus the level. One-step errors are counted from the second season on.
 */
final class HoltWinters {

    /**
     * Smoothing weights of the level, trend and season, and the damping of the trend (1: none).
     */
    record Parameters(double alpha, double beta, double gamma, double phi) {
    }

    private final Parameters parameters;
    private final int season;
    private final double level;
    private final double trend;
    /** The seasonal terms of the next {@code season} periods, the next one first. */
    private final double[] seasonal;
    private final double sumOfSquaredErrors;
    private final int errors;

    private HoltWinters(Parameters parameters, int season, double level, double trend, double[] seasonal,
            double sumOfSquaredErrors, int errors) {
        this.parameters = parameters;
        this.season = season;
        this.level = level;
        this.trend = trend;
        this.seasonal = seasonal;
        this.sumOfSquaredErrors = sumOfSquaredErrors;
        this.errors = errors;
    }

    /** The least history Holt-Winters starts from: two seasons. */
    static int minimumHistory(int season) {
        return 2 * season;
    }

    /**
     * Runs the smoothing over the series.
     *
     * @param series at least {@link #minimumHistory(int)} values
     */
    static HoltWinters run(double[] series, int season, Parameters p) {
        if (series.length < minimumHistory(season)) {
            throw new IllegalArgumentException("Holt-Winters needs two seasons (" + minimumHistory(season)
                    + " periods), got " + series.length);
        }
        double first = mean(series, 0, season);
        double second = mean(series, season, 2 * season);
        double level = first;
        double trend = (second - first) / season;
        double[] seasonal = new double[season];
        for (int i = 0; i < season; i++) {
            seasonal[i] = series[i] - first;
        }
        double sse = 0;
        for (int t = season; t < series.length; t++) {
            int slot = t % season;
            double expected = level + p.phi() * trend + seasonal[slot];
            double error = series[t] - expected;
            sse += error * error;
            double previousLevel = level;
            level = p.alpha() * (series[t] - seasonal[slot]) + (1 - p.alpha()) * (previousLevel + p.phi() * trend);
            trend = p.beta() * (level - previousLevel) + (1 - p.beta()) * p.phi() * trend;
            seasonal[slot] = p.gamma() * (series[t] - level) + (1 - p.gamma()) * seasonal[slot];
        }
        double[] next = new double[season];
        for (int h = 0; h < season; h++) {
            next[h] = seasonal[(series.length + h) % season];
        }
        return new HoltWinters(p, season, level, trend, next, sse, series.length - season);
    }

    /** The sum of squared one-step errors over the fitted series: what the fitter minimizes. */
    double sumOfSquaredErrors() {
        return sumOfSquaredErrors;
    }

    Parameters parameters() {
        return parameters;
    }

    /** The standard deviation of the one-step errors. */
    double residualSigma() {
        return errors == 0 ? 0 : Math.sqrt(sumOfSquaredErrors / errors);
    }

    /** The point forecasts of the next {@code horizon} periods, unclamped. */
    double[] forecast(int horizon) {
        double[] values = new double[horizon];
        double dampedSum = 0;
        double power = 1;
        for (int h = 1; h <= horizon; h++) {
            power *= parameters.phi();
            dampedSum += power;
            values[h - 1] = level + dampedSum * trend + seasonal[(h - 1) % season];
        }
        return values;
    }

    /**
     * The standard deviation of the forecast error {@code h} periods ahead, from the state-space
     * form of the method (Hyndman et al., Forecasting with Exponential Smoothing, class 1):
     * {@code sigma^2 (1 + sum_{j<h} c_j^2)} with {@code c_j = alpha (1 + beta phi_j) + gamma (1 - alpha) [j mod m = 0]}.
     */
    double[] forecastSigmas(int horizon) {
        double alpha = parameters.alpha();
        double[] sigmas = new double[horizon];
        double sum = 0;
        double dampedSum = 0;
        double power = 1;
        double sigma = residualSigma();
        for (int h = 1; h <= horizon; h++) {
            sigmas[h - 1] = sigma * Math.sqrt(1 + sum);
            power *= parameters.phi();
            dampedSum += power;
            double c = alpha * (1 + parameters.beta() * dampedSum)
                    + (h % season == 0 ? parameters.gamma() * (1 - alpha) : 0);
            sum += c * c;
        }
        return sigmas;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
