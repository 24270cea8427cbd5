package dev.parley.forecast;

import dev.parley.api.forecast.Accuracy;

/**
 * Adds up forecast errors for MAPE, WAPE and sMAPE. MAPE leaves out periods with no actual count
 * (a percentage of zero is undefined), which hourly series have many of; WAPE and sMAPE count them.
 */
final class AccuracyMeter {

    private double percentageSum;
    private int percentagePeriods;
    private double absoluteErrorSum;
    private double actualSum;
    private double symmetricSum;
    private int symmetricPeriods;
    private int periods;

    void add(double actual, double forecast) {
        double error = Math.abs(forecast - actual);
        periods++;
        absoluteErrorSum += error;
        actualSum += Math.abs(actual);
        if (actual > 0) {
            percentageSum += error / actual;
            percentagePeriods++;
        }
        double scale = Math.abs(actual) + Math.abs(forecast);
        if (scale > 0) {
            symmetricSum += 2 * error / scale;
            symmetricPeriods++;
        }
    }

    Accuracy accuracy() {
        return new Accuracy(percentagePeriods == 0 ? null : 100 * percentageSum / percentagePeriods,
                actualSum == 0 ? null : 100 * absoluteErrorSum / actualSum,
                symmetricPeriods == 0 ? null : 100 * symmetricSum / symmetricPeriods, periods);
    }
}
