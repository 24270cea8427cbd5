package dev.parley.forecast;

/**
 * The seasonal naive forecast: each period as the same period of the last season. The baseline
 * any seasonal method must beat, and the fallback while the history is too short for Holt-Winters.
 */
final class SeasonalNaive {

    private SeasonalNaive() {
    }

    /**
     * The next {@code horizon} periods.
     *
     * @param series at least one season
     */
    static double[] forecast(double[] series, int season, int horizon) {
        if (series.length < season) {
            throw new IllegalArgumentException("seasonal naive needs one season (" + season + " periods), got "
                    + series.length);
        }
        double[] values = new double[horizon];
        int lastSeason = series.length - season;
        for (int h = 0; h < horizon; h++) {
            values[h] = series[lastSeason + h % season];
        }
        return values;
    }

    /**
     * The standard deviation of the forecast error {@code h} periods ahead: the seasonal
     * differences' for the first season, growing with the square root of the seasons ahead.
     */
    static double[] forecastSigmas(double[] series, int season, int horizon) {
        double sum = 0;
        int count = 0;
        for (int t = season; t < series.length; t++) {
            double difference = series[t] - series[t - season];
            sum += difference * difference;
            count++;
        }
        double sigma = count == 0 ? 0 : Math.sqrt(sum / count);
        double[] sigmas = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            sigmas[h] = sigma * Math.sqrt(1 + h / season);
        }
        return sigmas;
    }
}
